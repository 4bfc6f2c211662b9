# R glmnet as a server for bench/forecast-interleaved.bench.ts: reads a last training year L per line on
# standard input, runs cv.glmnet on DIR/train_L.csv (alpha 0.5, binomial, the given fold ids), and answers
# "L wall_seconds cpu_seconds" on standard output. Usage: Rscript bench/glmnet-serve.R DIR
suppressMessages(library(glmnet))
dir <- commandArgs(trailingOnly = TRUE)[[1]]
input <- file("stdin", "r")
cpu <- function() { t <- proc.time(); t[["user.self"]] + t[["sys.self"]] }
cat("ready\n"); flush(stdout())
while (length(line <- readLines(input, n = 1)) > 0) {
  L <- as.integer(line)
  train <- read.csv(file.path(dir, sprintf("train_%d.csv", L)), check.names = FALSE)
  x <- as.matrix(train[, setdiff(names(train), c("y", "foldid"))])
  wall0 <- proc.time()[["elapsed"]]; cpu0 <- cpu()
  cv <- cv.glmnet(x, train$y, family = "binomial", alpha = 0.5, foldid = train$foldid)
  cat(sprintf("%d %.4f %.4f\n", L, proc.time()[["elapsed"]] - wall0, cpu() - cpu0)); flush(stdout())
}
