//! Counting over ranges of days: [`Distinct`] values (seen per day, less recurrences within the
//! range), [`Quoted`] identities' quotes per run of [`RUN`] days in a tree of runs, [`Acc`] to sum
//! them and pick the most quoted, and [`LastSeen`] to build them a day at a time.

use std::ops::Range;

/// Days in one run of [`Quoted`].
pub(super) const RUN: u32 = 16;

/// Values counted once over any range of days: `seen` counts each value once a day, and the
/// days where a value recurs say, for each earlier day it was last seen on, how many recurred,
/// so a range subtracts the recurrences of values it has already seen.
#[derive(Default)]
pub(super) struct Distinct {
    /// Prefix sums over the group's days of the values seen each day (each once).
    pub(super) seen: Vec<u64>,
    /// Indexes of the group's days on which some value recurred, ascending.
    pub(super) again: Vec<u32>,
    /// For `again[i]`: `last[runs[i]..runs[i + 1]]`.
    pub(super) runs: Vec<u32>,
    /// Days the recurring values were last seen on before, ascending within a day.
    pub(super) last: Vec<u32>,
    /// For each `last[j]`: the day's recurring values last seen on that day or later.
    pub(super) since: Vec<u64>,
}

impl Distinct {
    /// Distinct values over the group's days `days`, which start at day `first`.
    pub(super) fn count(&self, days: Range<usize>, first: u32) -> u64 {
        let at = |k: usize| self.seen.get(k).copied().unwrap_or(0);
        let seen = at(days.end) - at(days.start);
        let lo = self.again.partition_point(|&k| (k as usize) < days.start);
        let hi = self.again.partition_point(|&k| (k as usize) < days.end);
        let mut again = 0;
        for i in lo..hi {
            let (Some(&s), Some(&e)) = (self.runs.get(i), self.runs.get(i + 1)) else { continue };
            let last = self.last.get(s as usize..e as usize).unwrap_or(&[]);
            let j = last.partition_point(|&d| d < first);
            again += self.since.get(s as usize + j).filter(|_| j < last.len()).copied().unwrap_or(0);
        }
        seen.saturating_sub(again)
    }
}

/// Builds a [`Distinct`] one day at a time.
pub(super) struct DistinctBuilder {
    pub(super) d: Distinct,
    pub(super) today: u64,
    /// Days the values recurring today were last seen on.
    pub(super) last: Vec<u32>,
}

impl DistinctBuilder {
    pub(super) fn new() -> DistinctBuilder {
        DistinctBuilder { d: Distinct { seen: vec![0], runs: vec![0], ..Distinct::default() }, today: 0, last: Vec::new() }
    }

    /// A value seen for the first time today, last seen on day `before - 1` (`before` 0: never).
    pub(super) fn see(&mut self, before: u32) {
        self.today += 1;
        if before != 0 {
            self.last.push(before - 1);
        }
    }

    /// Ends the group's day `k`.
    pub(super) fn end_day(&mut self, k: usize) {
        let total = self.d.seen.last().copied().unwrap_or(0) + self.today;
        self.d.seen.push(total);
        self.today = 0;
        if self.last.is_empty() {
            return;
        }
        self.last.sort_unstable();
        let mut left = self.last.len() as u64;
        let mut i = 0;
        while let Some(&day) = self.last.get(i) {
            let n = self.last[i..].iter().take_while(|&&d| d == day).count();
            self.d.last.push(day);
            self.d.since.push(left);
            left -= n as u64;
            i += n;
        }
        self.last.clear();
        self.d.again.push(k as u32);
        self.d.runs.push(self.d.last.len() as u32);
    }
}

/// The day (+1) each dense id was last seen on in the group being built; 0 never.
pub(super) struct LastSeen {
    pub(super) day: Vec<u32>,
    pub(super) touched: Vec<u32>,
}

impl LastSeen {
    pub(super) fn new(n: usize) -> LastSeen {
        LastSeen { day: vec![0; n], touched: Vec::new() }
    }

    /// Marks `id` seen on `day1` (day + 1): the day (+1) it was seen before (0 never), or
    /// `None` when it was already seen that day.
    pub(super) fn see(&mut self, id: u32, day1: u32) -> Option<u32> {
        let slot = self.day.get_mut(id as usize)?;
        let before = *slot;
        if before == day1 {
            return None;
        }
        if before == 0 {
            self.touched.push(id);
        }
        *slot = day1;
        Some(before)
    }

    /// Forgets every sighting, for the next group.
    pub(super) fn reset(&mut self) {
        for id in self.touched.drain(..) {
            if let Some(d) = self.day.get_mut(id as usize) {
                *d = 0;
            }
        }
    }
}

/// Quotes per identity summed over runs and rows, with the identities touched.
pub(super) struct Acc {
    pub(super) quotes: Vec<u64>,
    pub(super) touched: Vec<u32>,
}

impl Acc {
    pub(super) fn new(n: usize) -> Acc {
        Acc { quotes: vec![0; n], touched: Vec::new() }
    }

    pub(super) fn add(&mut self, person: u32, quotes: u64) {
        if quotes == 0 {
            return;
        }
        if let Some(q) = self.quotes.get_mut(person as usize) {
            if *q == 0 {
                self.touched.push(person);
            }
            *q += quotes;
        }
    }

    /// Takes back `quotes` of `person` added before (as part of a larger sum).
    pub(super) fn sub(&mut self, person: u32, quotes: u64) {
        if let Some(q) = self.quotes.get_mut(person as usize) {
            *q = q.saturating_sub(quotes);
        }
    }

    /// The sums so far by identity (none of 0), and a fresh start.
    pub(super) fn take(&mut self) -> Vec<(u32, u64)> {
        let mut out: Vec<(u32, u64)> = Vec::with_capacity(self.touched.len());
        for p in self.touched.drain(..) {
            if let Some(q) = self.quotes.get_mut(p as usize).map(std::mem::take).filter(|&q| q > 0) {
                out.push((p, q));
            }
        }
        out
    }

    /// The `n` most quoted identities (ties: lower identity first), and a fresh start.
    pub(super) fn top(&mut self, n: usize) -> Vec<(u32, u64)> {
        let mut all = self.take();
        let order = |x: &(u32, u64), y: &(u32, u64)| y.1.cmp(&x.1).then(x.0.cmp(&y.0));
        if all.len() > n {
            all.select_nth_unstable_by(n, order);
            all.truncate(n);
        }
        all.sort_unstable_by(order);
        all
    }
}

/// Identities' quotes per run of [`RUN`] days, and per run of runs: `levels[k][i]` sums the
/// runs `i << k .. (i + 1) << k`, as (identity, quotes) by identity, so the whole runs of a
/// range are at most two lists per level.
#[derive(Default)]
pub(super) struct Quoted {
    pub(super) levels: Vec<Vec<Vec<(u32, u64)>>>,
}

/// Two lists of (identity, quotes) by identity as one.
fn merge(a: &[(u32, u64)], b: &[(u32, u64)]) -> Vec<(u32, u64)> {
    let mut out = Vec::with_capacity(a.len().max(b.len()));
    let (mut i, mut j) = (0, 0);
    loop {
        match (a.get(i), b.get(j)) {
            (Some(&x), Some(&y)) if x.0 == y.0 => {
                out.push((x.0, x.1 + y.1));
                i += 1;
                j += 1;
            }
            (Some(&x), Some(&y)) if x.0 < y.0 => {
                out.push(x);
                i += 1;
            }
            (_, Some(&y)) => {
                out.push(y);
                j += 1;
            }
            (Some(&x), None) => {
                out.push(x);
                i += 1;
            }
            (None, None) => return out,
        }
    }
}

impl Quoted {
    /// From the runs' lists, each sorted by identity.
    pub(super) fn new(runs: Vec<Vec<(u32, u64)>>) -> Quoted {
        let mut levels = vec![runs];
        while let Some(below) = levels.last().filter(|l| l.len() > 1) {
            let up = below.chunks(2).map(|c| merge(&c[0], c.get(1).map_or(&[], |v| v.as_slice()))).collect();
            levels.push(up);
        }
        Quoted { levels }
    }

    /// The sums of run `r`; `None` when the group keeps no sums (or has no days from that run on).
    pub(super) fn run(&self, r: usize) -> Option<&[(u32, u64)]> {
        self.levels.first()?.get(r).map(Vec::as_slice)
    }

    /// Adds the quotes of the runs `runs` to `acc`.
    pub(super) fn add(&self, runs: Range<usize>, acc: &mut Acc) {
        // Runs past the last are empty; without them, each level holds the runs' parents.
        let (mut lo, mut hi) = (runs.start, runs.end.min(self.levels.first().map_or(0, Vec::len)));
        for level in &self.levels {
            if lo >= hi {
                break;
            }
            if lo & 1 == 1 {
                level.get(lo).into_iter().flatten().for_each(|&(p, q)| acc.add(p, q));
                lo += 1;
            }
            if hi & 1 == 1 {
                hi -= 1;
                level.get(hi).into_iter().flatten().for_each(|&(p, q)| acc.add(p, q));
            }
            lo >>= 1;
            hi >>= 1;
        }
    }
}
