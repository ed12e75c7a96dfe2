# Golden fixture for early warning: what R's surveillance package says, so the
# TypeScript in shared/domain/earlyWarning/ can be held to it exactly
# (test/unit/earlyWarningGolden.test.ts). CI does not run R; it reads the
# committed JSON.
#
# Regenerate (Debian: apt-get install r-cran-surveillance) from the repository root:
#
#   Rscript scripts/early-warning-fixture.R > test/fixtures/early-warning/golden.json
#
# Methods and controls (surveillance's own defaults where not given):
#   Bayes: algo.bayes(disProg, control = list(range = 7:n, b = 0, w = 6, actY = TRUE, alpha = 0.05))
#   EARS:  earsC(sts, control = list(method = "C1" | "C2" | "C3", baseline = 7, minSigma = 1))
#          alpha is left out, so earsC uses its defaults: 0.001 for C1 and C2, 0.025 for C3;
#          range is left out, so every week with enough history is judged.
# Week indexes in the JSON are 0-based (index 0 is the series' first week).

suppressPackageStartupMessages(library(surveillance))

num <- function(x) {
  ifelse(is.infinite(x), ifelse(x > 0, '"Infinity"', '"-Infinity"'), sprintf("%.17g", x))
}
vec <- function(x) paste0("[", paste(num(x), collapse = ","), "]")
bools <- function(x) paste0("[", paste(ifelse(x, "true", "false"), collapse = ","), "]")
str <- function(x) paste0('"', gsub('"', '\\\\"', x), '"')

weeks <- 78
set.seed(20260511)
series <- list(
  list(name = "all-zero", description = "78 weeks without a signal",
       counts = rep(0, weeks)),
  list(name = "sparse-0-3", description = "sparse counts drawn uniformly from 0..3",
       counts = sample(0:3, weeks, replace = TRUE, prob = c(0.55, 0.25, 0.12, 0.08))),
  list(name = "step-2-to-8", description = "2 a week for 40 weeks, then 8 a week",
       counts = c(rep(2, 40), rep(8, weeks - 40))),
  list(name = "slow-rise", description = "Poisson with a mean rising from 1 to about 12",
       counts = rpois(weeks, lambda = 1 + (0:(weeks - 1)) * 0.14)),
  list(name = "single-spike-1", description = "one signal in week index 40 after empty weeks",
       counts = replace(rep(0, weeks), 41, 1)),
  list(name = "single-spike-3", description = "three signals in week index 40 after empty weeks",
       counts = replace(rep(0, weeks), 41, 3)),
  list(name = "single-spike-5", description = "five signals in week index 40 after empty weeks",
       counts = replace(rep(0, weeks), 41, 5)),
  list(name = "poisson-0.5", description = "Poisson, mean 0.5", counts = rpois(weeks, 0.5)),
  list(name = "poisson-2", description = "Poisson, mean 2", counts = rpois(weeks, 2)),
  list(name = "poisson-5", description = "Poisson, mean 5", counts = rpois(weeks, 5)),
  list(name = "poisson-20", description = "Poisson, mean 20", counts = rpois(weeks, 20)),
  list(name = "poisson-20-outbreak", description = "Poisson, mean 20, with 45 added in week indexes 50-52",
       counts = rpois(weeks, 20) + c(rep(0, 50), rep(45, 3), rep(0, weeks - 53))),
  list(name = "poisson-400", description = "Poisson, mean 400 (a national series at scale)",
       counts = rpois(weeks, 400)),
  list(name = "poisson-2500", description = "Poisson, mean 2500 (reference sums where prob^size underflows)",
       counts = rpois(weeks, 2500))
)

judge <- function(counts) {
  n <- length(counts)
  s <- sts(observed = counts, frequency = 52, start = c(2024, 1))
  out <- list()
  bayesRange <- 7:n
  b <- algo.bayes(sts2disProg(s), control = list(range = bayesRange, b = 0, w = 6, actY = TRUE, alpha = 0.05))
  out$bayes <- list(index = bayesRange - 1, observed = counts[bayesRange],
                    threshold = as.vector(b$upperbound), alarm = as.vector(b$alarm) == 1)
  for (m in c("C1", "C2", "C3")) {
    e <- earsC(s, control = list(method = m, baseline = 7, minSigma = 1))
    r <- e@control$range
    out[[tolower(m)]] <- list(index = r - 1, observed = as.vector(observed(e)),
                              threshold = as.vector(upperbound(e)), alarm = as.vector(alarms(e)) == 1)
  }
  out
}

methodJson <- function(j) {
  paste0('{"index":', vec(j$index), ',"observed":', vec(j$observed),
         ',"threshold":', vec(j$threshold), ',"alarm":', bools(j$alarm), '}')
}

seriesJson <- vapply(series, function(x) {
  j <- judge(x$counts)
  paste0('{"name":', str(x$name), ',"description":', str(x$description),
         ',"counts":', vec(x$counts), ',"methods":{',
         paste(vapply(names(j), function(m) paste0(str(m), ":", methodJson(j[[m]])), ""), collapse = ","),
         '}}')
}, "")

# qnbinom table: the Bayes domain (prob 6/7, p 0.95, size = reference sum + 1/2)
# over every sum up to 2000 and every 50th to 30000, then a grid of other
# (size, prob, p), with pnbinom at the quantile and one below it.
bayesSizes <- c(0:2000, seq(2050, 30000, by = 50)) + 0.5
grid <- expand.grid(size = c(0.5, 1, 1.5, 2.5, 7.3, 20, 100.5, 333.3, 1000, 4000.5),
                    prob = c(0.05, 0.3, 0.5, 6 / 7, 0.9, 0.99),
                    p = c(0.001, 0.05, 0.5, 0.9, 0.95, 0.99, 0.999))
table <- rbind(data.frame(size = bayesSizes, prob = 6 / 7, p = 0.95), grid)
table$q <- qnbinom(table$p, table$size, table$prob)
table$pAtQ <- pnbinom(table$q, table$size, table$prob)
table$pBelowQ <- ifelse(table$q > 0, pnbinom(table$q - 1, table$size, table$prob), 0)

cat('{\n')
cat('"header":{',
    '"generatedBy":"scripts/early-warning-fixture.R",',
    '"regenerate":"Rscript scripts/early-warning-fixture.R > test/fixtures/early-warning/golden.json",',
    '"rVersion":', str(R.version.string), ',',
    '"surveillanceVersion":', str(as.character(packageVersion("surveillance"))), ',',
    '"date":', str(format(Sys.Date())), ',',
    '"seed":20260511,',
    '"bayesControl":"algo.bayes(sts2disProg(sts), control = list(range = 7:n, b = 0, w = 6, actY = TRUE, alpha = 0.05))",',
    '"earsControl":"earsC(sts, control = list(method = \\"C1\\"|\\"C2\\"|\\"C3\\", baseline = 7, minSigma = 1)); alpha: package default 0.001 (C1, C2), 0.025 (C3)",',
    '"sts":"sts(observed = counts, frequency = 52, start = c(2024, 1))",',
    '"indexes":"0-based week indexes into counts"',
    '},\n', sep = '')
cat('"series":[\n', paste(seriesJson, collapse = ",\n"), '\n],\n', sep = '')
cat('"qnbinom":{"columns":["size","prob","p","q","pAtQ","pBelowQ"],"rows":[\n')
cat(paste0('[', num(table$size), ',', num(table$prob), ',', num(table$p), ',', num(table$q), ',',
           num(table$pAtQ), ',', num(table$pBelowQ), ']'), sep = ',\n')
cat(']}\n}\n')
