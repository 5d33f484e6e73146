"""Request paths of the load scripts (load.sh, openloop.sh), drawn from the store DB into WORK:
search.txt (searches for words of the store's first 4,000 quotes, some with an outlet, month
range or gender), stats.txt (by outlet and by month over the whole corpus, what the dashboard's
overview asks first), speakers.txt (people lists), mix.txt (70% search, 10% stats, 20%
speakers), ranges.txt (40 statistics slices of whole months and days, for one at a time) and
overview.txt (per random range of days, what the overview asks: stats by outlet and by month,
top 10 women and men; 3,000 ranges, so nearly every request is counted anew: the memo keeps
512 answers). The same store gives the same files.

    python3 paths.py DB WORK
"""
import datetime, random, re, sqlite3, sys, urllib.parse

db, work = sys.argv[1], sys.argv[2]
c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
rows = c.execute("SELECT t.text, a.outlet, a.month FROM quote_texts t JOIN articles a ON a.id = t.article LIMIT 4000").fetchall()
outlets = [r[0] for r in c.execute("SELECT DISTINCT outlet FROM articles LIMIT 50")]
random.seed(42)
q = urllib.parse.quote
search = []
for text, outlet, month in rows:
    words = [w.lower() for w in re.findall(r"[A-Za-z]{5,}", text)]
    if len(words) < 2:
        continue
    w = random.sample(words, 2)
    kind = random.random()
    if kind < 0.4:
        search.append(f"/v1/search?q={q(w[0])}&limit=20")
    elif kind < 0.6:
        search.append(f"/v1/search?q={q(w[0] + ' ' + w[1])}&limit=20")
    elif kind < 0.75:
        search.append(f"/v1/search?q={q(w[0])}&outlet={q(outlet)}&limit=20")
    elif kind < 0.9 and month:
        search.append(f"/v1/search?q={q(w[0])}&from={month}&to={month}&limit=20")
    else:
        search.append(f"/v1/search?q={q(w[0])}&gender=female&limit=20")
stats = ["/v1/stats?by=outlet", "/v1/stats?by=month"]
speakers = ["/v1/speakers?limit=50", "/v1/speakers?gender=female&limit=10", "/v1/speakers?gender=male&limit=10",
            "/v1/speakers?sort=articles&limit=50", "/v1/speakers?min_quotes=100&limit=100", "/v1/speakers?q=smith&limit=20",
            "/v1/speakers?gender=female&offset=100&limit=50"]
open(f"{work}/search.txt", "w").write("\n".join(search) + "\n")
open(f"{work}/stats.txt", "w").write("\n".join(stats) + "\n")
open(f"{work}/speakers.txt", "w").write("\n".join(speakers) + "\n")
mix = search[:700] + stats * 50 + speakers * 29
random.shuffle(mix)
open(f"{work}/mix.txt", "w").write("\n".join(mix) + "\n")

months = [r[0] for r in c.execute("SELECT DISTINCT month FROM articles WHERE month IS NOT NULL ORDER BY month")]
random.seed(7)
ranges = []
for i in range(40):
    a, b = sorted(random.sample(range(len(months)), 2))
    by = ["outlet", "month"][i % 2]
    if i % 4 < 2:
        ranges.append(f"/v1/stats?by={by}&from={months[a]}&to={months[b]}")
    else:
        ranges.append(f"/v1/stats?by={by}&from={months[a]}-{random.randint(1, 28):02d}&to={months[b]}-{random.randint(1, 28):02d}")
open(f"{work}/ranges.txt", "w").write("\n".join(ranges) + "\n")

lo, hi = c.execute("SELECT min(date), max(date) FROM articles WHERE date LIKE '____-__-__'").fetchone()
d0, d1 = datetime.date.fromisoformat(lo), datetime.date.fromisoformat(hi)
days = [(d0 + datetime.timedelta(i)).isoformat() for i in range((d1 - d0).days + 1)]
random.seed(11)
overview = []
for _ in range(3000):
    a, b = sorted(random.sample(range(len(days)), 2))
    r = f"from={days[a]}&to={days[b]}"
    overview += [f"/v1/stats?by=outlet&{r}", f"/v1/stats?by=month&{r}",
                 f"/v1/speakers?gender=female&limit=10&{r}", f"/v1/speakers?gender=male&limit=10&{r}"]
open(f"{work}/overview.txt", "w").write("\n".join(overview) + "\n")
