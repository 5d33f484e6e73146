//! What an element's tag, class, id, role and itemprop say it is: a bit set of
//! [`Cat`] categories, found with one Aho-Corasick pass over its names.

use aho_corasick::AhoCorasick;
use std::sync::OnceLock;

/// Category bits of an element (see the `PATTERNS` table).
pub type Cats = u32;

/// Category bit constants.
#[allow(missing_docs)]
pub mod cat {
    pub const NAV: u32 = 1;
    pub const FOOTER: u32 = 1 << 1;
    pub const ASIDE: u32 = 1 << 2;
    pub const COMMENT: u32 = 1 << 3;
    pub const RELATED: u32 = 1 << 4;
    pub const SHARE: u32 = 1 << 5;
    pub const PROMO: u32 = 1 << 6;
    pub const AD: u32 = 1 << 7;
    pub const COOKIE: u32 = 1 << 8;
    pub const CAPTION: u32 = 1 << 9;
    pub const CREDIT: u32 = 1 << 10;
    pub const BYLINE: u32 = 1 << 11;
    pub const DATE: u32 = 1 << 12;
    pub const HIDDEN: u32 = 1 << 13;
    pub const POS: u32 = 1 << 14;
    pub const HEADER: u32 = 1 << 15;
    pub const TAGS: u32 = 1 << 16;
    pub const FIGURE: u32 = 1 << 17;
    pub const BIO: u32 = 1 << 18;
    pub const STRONG_POS: u32 = 1 << 19;
    pub const MODAL: u32 = 1 << 20;
    pub const HEADLINE: u32 = 1 << 21;
    /// A lead, standfirst or dek: the summary printed between headline and story.
    pub const LEAD: u32 = 1 << 22;
    /// Categories whose text is not the story.
    pub const BOILER: u32 = NAV | FOOTER | ASIDE | COMMENT | RELATED | SHARE | PROMO | AD | COOKIE
        | CAPTION | CREDIT | BYLINE | DATE | TAGS | BIO | MODAL | HEADLINE;
}

/// (pattern, categories, needs word boundaries on both sides).
const PATTERNS: &[(&str, Cats, bool)] = &[
    ("nav", cat::NAV, true),
    ("navbar", cat::NAV, false),
    ("navigation", cat::NAV, false),
    ("menu", cat::NAV, true),
    ("breadcrumb", cat::NAV, false),
    ("masthead", cat::NAV, false),
    ("topbar", cat::NAV, false),
    ("skip", cat::NAV, true),
    ("pagination", cat::NAV, false),
    ("pager", cat::NAV, true),
    ("footer", cat::FOOTER, false),
    ("foot", cat::FOOTER, true),
    ("copyright", cat::FOOTER | cat::CREDIT, false),
    ("sidebar", cat::ASIDE, false),
    ("rail", cat::ASIDE, true),
    ("widget", cat::ASIDE, false),
    ("aside", cat::ASIDE, true),
    ("comment", cat::COMMENT, false),
    ("disqus", cat::COMMENT, false),
    ("replies", cat::COMMENT, false),
    ("respond", cat::COMMENT, true),
    ("related", cat::RELATED, false),
    ("recirc", cat::RELATED, false),
    ("more-stories", cat::RELATED, false),
    ("morestories", cat::RELATED, false),
    ("recommend", cat::RELATED, false),
    ("trending", cat::RELATED, false),
    ("popular", cat::RELATED, false),
    ("most-read", cat::RELATED, false),
    ("mostread", cat::RELATED, false),
    ("outbrain", cat::RELATED | cat::AD, false),
    ("taboola", cat::RELATED | cat::AD, false),
    ("read-more", cat::RELATED, false),
    ("readmore", cat::RELATED, false),
    ("read-next", cat::RELATED, false),
    ("up-next", cat::RELATED, false),
    ("see-also", cat::RELATED, false),
    // "Read also" boxes set into the story, and portals' related-news boxes (relation_news).
    ("read-also", cat::RELATED, false),
    ("readalso", cat::RELATED, false),
    ("also-read", cat::RELATED, false),
    ("relation", cat::RELATED, true),
    ("teaser", cat::RELATED, false),
    ("share", cat::SHARE, false),
    ("social", cat::SHARE, false),
    ("sharing", cat::SHARE, false),
    ("follow", cat::SHARE, true),
    ("toolbar", cat::SHARE, false),
    ("print", cat::SHARE, true),
    ("newsletter", cat::PROMO, false),
    ("subscri", cat::PROMO, false),
    ("signup", cat::PROMO, false),
    ("sign-up", cat::PROMO, false),
    ("promo", cat::PROMO, false),
    ("cta", cat::PROMO, true),
    ("paywall", cat::PROMO, false),
    ("donate", cat::PROMO, false),
    ("membership", cat::PROMO, false),
    ("ad", cat::AD, true),
    ("ads", cat::AD, true),
    ("adv", cat::AD, true),
    ("advert", cat::AD, false),
    ("sponsor", cat::AD, false),
    ("dfp", cat::AD, true),
    ("gpt", cat::AD, true),
    ("adslot", cat::AD, false),
    ("ad-slot", cat::AD, false),
    ("adunit", cat::AD, false),
    ("ad-container", cat::AD, false),
    ("ad-wrapper", cat::AD, false),
    ("banner", cat::AD, true),
    ("commercial", cat::AD, false),
    ("cookie", cat::COOKIE, false),
    ("consent", cat::COOKIE, false),
    ("gdpr", cat::COOKIE, false),
    ("caption", cat::CAPTION, false),
    ("credit", cat::CREDIT, false),
    ("byline", cat::BYLINE, false),
    ("author", cat::BYLINE, false),
    ("contributor", cat::BYLINE, false),
    ("dateline", cat::DATE, false),
    ("timestamp", cat::DATE, false),
    ("date", cat::DATE, true),
    ("time", cat::DATE, true),
    ("published", cat::DATE, true),
    ("pubdate", cat::DATE, false),
    ("sr-only", cat::HIDDEN, false),
    ("visually-hidden", cat::HIDDEN, false),
    ("visuallyhidden", cat::HIDDEN, false),
    ("screen-reader", cat::HIDDEN, false),
    ("offscreen", cat::HIDDEN, false),
    ("d-none", cat::HIDDEN, true),
    ("article", cat::POS, false),
    ("content", cat::POS, false),
    ("entry", cat::POS, true),
    ("story", cat::POS, true),
    ("body", cat::POS, true),
    ("post", cat::POS, true),
    ("text", cat::POS, true),
    ("main", cat::POS, true),
    ("prose", cat::POS, false),
    ("blog", cat::POS, true),
    ("articlebody", cat::STRONG_POS, false),
    ("article-body", cat::STRONG_POS, false),
    ("article__body", cat::STRONG_POS, false),
    ("article_body", cat::STRONG_POS, false),
    ("story-body", cat::STRONG_POS, false),
    ("storybody", cat::STRONG_POS, false),
    ("story__body", cat::STRONG_POS, false),
    ("post-content", cat::STRONG_POS, false),
    ("entry-content", cat::STRONG_POS, false),
    ("article-content", cat::STRONG_POS, false),
    ("article-text", cat::STRONG_POS, false),
    ("story-text", cat::STRONG_POS, false),
    ("body-text", cat::STRONG_POS, false),
    ("post-body", cat::STRONG_POS, false),
    ("rich-text", cat::STRONG_POS, false),
    ("richtext", cat::STRONG_POS, false),
    ("header", cat::HEADER, false),
    ("tags", cat::TAGS, true),
    ("tag", cat::TAGS, true),
    ("topics", cat::TAGS, true),
    ("keywords", cat::TAGS, true),
    ("figure", cat::FIGURE, false),
    ("image", cat::FIGURE, true),
    ("photo", cat::FIGURE, true),
    ("gallery", cat::FIGURE, false),
    ("video", cat::FIGURE, true),
    ("slideshow", cat::FIGURE, false),
    ("media", cat::FIGURE, true),
    // Image boxes as portals name them (img_wrapper, pic_box, img_descr's parent).
    ("img", cat::FIGURE, true),
    ("pic", cat::FIGURE, true),
    ("bio", cat::BIO, true),
    ("about-author", cat::BIO, false),
    ("author-info", cat::BIO, false),
    ("modal", cat::MODAL, false),
    ("popup", cat::MODAL, false),
    ("overlay", cat::MODAL, false),
    ("headline", cat::HEADLINE, false),
    // Leads, standfirsts and deks, with their names in other languages (fr chapô, de
    // Vorspann/Anriss/Einleitung, es entradilla/sumario/bajada/copete, it occhiello/sommario,
    // pt linha-fina).
    ("standfirst", cat::LEAD, false),
    ("dek", cat::LEAD, true),
    ("deck", cat::LEAD, true),
    ("lede", cat::LEAD, true),
    ("lead", cat::LEAD, true),
    ("intro", cat::LEAD, true),
    ("introduction", cat::LEAD, true),
    ("excerpt", cat::LEAD, false),
    ("summary", cat::LEAD, true),
    ("subtitle", cat::LEAD, false),
    ("sub-title", cat::LEAD, false),
    ("subheadline", cat::LEAD, false),
    ("sub-headline", cat::LEAD, false),
    ("abstract", cat::LEAD, true),
    ("description", cat::LEAD, true),
    ("chapo", cat::LEAD, false),
    ("chapeau", cat::LEAD, false),
    ("vorspann", cat::LEAD, false),
    ("anriss", cat::LEAD, false),
    ("einleitung", cat::LEAD, false),
    ("entradilla", cat::LEAD, false),
    ("sumario", cat::LEAD, false),
    ("bajada", cat::LEAD, false),
    ("copete", cat::LEAD, false),
    ("occhiello", cat::LEAD, false),
    ("sommario", cat::LEAD, false),
    ("linha-fina", cat::LEAD, false),
    // cs/sk perex, sv/no/da ingress, fi ingressi.
    ("perex", cat::LEAD, false),
    ("ingress", cat::LEAD, true),
    ("ingressi", cat::LEAD, true),
    ("teaser", cat::LEAD, true),
];

fn automaton() -> Option<&'static AhoCorasick> {
    static AC: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    AC.get_or_init(|| AhoCorasick::new(PATTERNS.iter().map(|p| p.0)).ok()).as_ref()
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphabetic()
}

/// Categories named by a lowercase string of class, id, role and itemprop values.
pub fn cats_of_names(s: &str) -> Cats {
    let Some(ac) = automaton() else { return 0 };
    let b = s.as_bytes();
    let mut out = 0;
    for m in ac.find_overlapping_iter(s) {
        let Some(&(_, c, bounded)) = PATTERNS.get(m.pattern().as_usize()) else { continue };
        if bounded {
            // A digit before the word makes it part of a hash or a generated id ("e1ad", "0ad").
            let left = m.start() == 0 || !b.get(m.start() - 1).copied().is_some_and(|c| is_word(c) || c.is_ascii_digit());
            let right = !b.get(m.end()).copied().is_some_and(is_word);
            if !(left && right) {
                continue;
            }
        }
        out |= c;
    }
    out
}

/// Categories implied by the tag name alone.
pub fn cats_of_tag(name: &str) -> Cats {
    match name {
        "nav" | "menu" => cat::NAV,
        "footer" => cat::FOOTER,
        "aside" => cat::ASIDE,
        "header" => cat::HEADER,
        "figure" | "picture" => cat::FIGURE,
        "figcaption" => cat::CAPTION,
        "article" | "main" => cat::POS,
        "time" => cat::DATE,
        "address" => cat::BYLINE,
        "dialog" => cat::MODAL,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_patterns_need_word_edges() {
        assert_eq!(cats_of_names("header") & cat::AD, 0);
        assert_ne!(cats_of_names("ad-slot top") & cat::AD, 0);
        assert_ne!(cats_of_names("story-body") & cat::STRONG_POS, 0);
        assert_eq!(cats_of_names("history") & cat::POS, 0);
        assert_eq!(cats_of_names("e1ad go gp") & cat::AD, 0, "a hash id is no name");
        assert_ne!(cats_of_names("ad1 top") & cat::AD, 0);
        assert_ne!(cats_of_names("img_wrapper") & cat::FIGURE, 0);
        assert_eq!(cats_of_names("imgur-embed picture-frame") & cat::FIGURE, 0);
        assert_ne!(cats_of_names("relation_news") & cat::RELATED, 0);
        assert_eq!(cats_of_names("international-relations") & cat::RELATED, 0);
        assert_ne!(cats_of_names("read-also-box") & cat::RELATED, 0);
    }
}
