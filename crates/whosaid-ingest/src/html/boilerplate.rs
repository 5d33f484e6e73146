//! Boilerplate lines in several languages ("Lesen Sie auch", "Lire aussi", "Читайте также",
//! "اقرأ أيضا", "Baca juga", subscribe and app calls, ad and interface labels), read from the
//! data files in `data/boilerplate/`, one per language, into one table of [`Phrase`]s.

use std::sync::OnceLock;
use whosaid::FurnitureKind;

/// One boilerplate phrase (lowercase) and what a block starting with it is.
#[derive(Debug, Clone)]
pub struct Phrase {
    /// Lowercase words the block starts with.
    pub text: String,
    /// What the block is.
    pub kind: FurnitureKind,
    /// Only a whole block matches (ad and interface labels: "Реклама", "Dela").
    pub whole: bool,
}

const FILES: &[&str] = &[
    include_str!("../../data/boilerplate/ar.txt"),
    include_str!("../../data/boilerplate/de.txt"),
    include_str!("../../data/boilerplate/el.txt"),
    include_str!("../../data/boilerplate/en.txt"),
    include_str!("../../data/boilerplate/es.txt"),
    include_str!("../../data/boilerplate/fa.txt"),
    include_str!("../../data/boilerplate/fr.txt"),
    include_str!("../../data/boilerplate/hi.txt"),
    include_str!("../../data/boilerplate/id.txt"),
    include_str!("../../data/boilerplate/it.txt"),
    include_str!("../../data/boilerplate/ja.txt"),
    include_str!("../../data/boilerplate/ko.txt"),
    include_str!("../../data/boilerplate/nl.txt"),
    include_str!("../../data/boilerplate/pl.txt"),
    include_str!("../../data/boilerplate/pt.txt"),
    include_str!("../../data/boilerplate/ru.txt"),
    include_str!("../../data/boilerplate/sv.txt"),
    include_str!("../../data/boilerplate/tr.txt"),
    include_str!("../../data/boilerplate/uk.txt"),
    include_str!("../../data/boilerplate/vi.txt"),
    include_str!("../../data/boilerplate/zh.txt"),
];

/// Every phrase of every language file ("kind: phrase" lines; `#` starts a comment).
pub fn phrases() -> &'static [Phrase] {
    static P: OnceLock<Vec<Phrase>> = OnceLock::new();
    P.get_or_init(|| {
        let mut out = Vec::new();
        for file in FILES {
            for line in file.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
                let Some((kind, text)) = line.split_once(':') else { continue };
                let kind = kind.trim();
                let whole = matches!(kind, "ad" | "label");
                let kind = match kind {
                    "related" => FurnitureKind::Related,
                    "promo" => FurnitureKind::Promo,
                    "ad" => FurnitureKind::Ad,
                    _ => FurnitureKind::Other,
                };
                out.push(Phrase { text: text.trim().to_lowercase(), kind, whole });
            }
        }
        out
    })
}

/// The kind of a short block (its lowercase text) that starts with a boilerplate phrase
/// ending at a word boundary (or ending in a mark itself: "بخوانید:"); ad and interface
/// labels only when they are the whole block.
pub fn kind_of(lower: &str) -> Option<FurnitureKind> {
    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    phrases().iter().find_map(|p| {
        let rest = lower.strip_prefix(p.text.as_str())?;
        let whole = rest.chars().all(|c| !c.is_alphanumeric());
        let boundary = !rest.chars().next().is_some_and(char::is_alphanumeric) || !p.text.ends_with(char::is_alphanumeric);
        let ok = if p.whole { whole } else { boundary };
        ok.then_some(p.kind)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_in_several_languages() {
        assert_eq!(kind_of("lesen sie auch: der neue plan"), Some(FurnitureKind::Related));
        assert_eq!(kind_of("» veja também"), Some(FurnitureKind::Related));
        assert_eq!(kind_of("lire aussi – la réforme"), Some(FurnitureKind::Related));
        assert_eq!(kind_of("abonnez-vous à notre lettre"), Some(FurnitureKind::Promo));
        assert_eq!(kind_of("anzeige"), Some(FurnitureKind::Ad));
        // An ad label inside a sentence, or a phrase running into a longer word, is not boilerplate.
        assert_eq!(kind_of("anzeige gegen den minister erstattet"), None);
        assert_eq!(kind_of("lesen sie auchmal"), None);
        assert_eq!(kind_of("der minister sagte, lesen sie auch"), None);
        assert_eq!(kind_of("相关阅读：新的计划"), Some(FurnitureKind::Related));
        assert_eq!(kind_of("正在加载..."), Some(FurnitureKind::Other));
        assert_eq!(kind_of("関連記事"), Some(FurnitureKind::Related));
        assert_eq!(kind_of("相关阅读的人很多"), None, "a phrase running on into the sentence");
        assert_eq!(kind_of("читайте также:"), Some(FurnitureKind::Related));
        assert_eq!(kind_of("اقرأ أيضا: محطة جديدة"), Some(FurnitureKind::Related));
        assert_eq!(kind_of("baca juga:"), Some(FurnitureKind::Related));
        assert_eq!(kind_of("реклама"), Some(FurnitureKind::Ad));
        assert_eq!(kind_of("dela"), Some(FurnitureKind::Other));
        assert_eq!(kind_of("▶ 제보는 카톡 okjebo"), Some(FurnitureKind::Promo));
        assert_eq!(kind_of("te recomendamos: la nueva línea del metro"), Some(FurnitureKind::Related));
        assert_eq!(kind_of("compartilhar"), Some(FurnitureKind::Other));
        assert_eq!(kind_of(&"ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ".to_lowercase()), Some(FurnitureKind::Related), "capitals drop Greek accents");
        assert_eq!(kind_of("больше новостей — в нашем telegram-канале."), Some(FurnitureKind::Promo));
        // An interface label opening a sentence is the sentence ("Dela upp ...", "Chia sẻ với ...").
        assert_eq!(kind_of("dela upp kostnaden mellan kommunerna"), None);
        assert_eq!(kind_of("chia sẻ với phóng viên, ông hùng cho biết"), None);
    }
}
