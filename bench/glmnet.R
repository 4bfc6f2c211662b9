# R glmnet on the same work as tocsin's forecast benchmark (bench/forecast.bench.ts writes the inputs):
# for each last training year L, cv.glmnet(alpha = 0.5, binomial, 10 folds given by tocsin's fold ids),
# coefficients at lambda.min, and predictions for the rows of year L+2.
# Usage: Rscript bench/glmnet.R DIR   (DIR holds train_L.csv, apply_L.csv and years.txt)
suppressMessages(library(glmnet))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[[1]]
years <- scan(file.path(dir, "years.txt"), quiet = TRUE)
fit_seconds <- 0
cpu_seconds <- 0
cpu <- function() { t <- proc.time(); t[["user.self"]] + t[["sys.self"]] }
for (L in years) {
  train <- read.csv(file.path(dir, sprintf("train_%d.csv", L)), check.names = FALSE)
  apply <- read.csv(file.path(dir, sprintf("apply_%d.csv", L)), check.names = FALSE)
  predictors <- setdiff(names(train), c("y", "foldid"))
  x <- as.matrix(train[, predictors])
  started <- proc.time()[["elapsed"]]
  cpu_started <- cpu()
  cv <- cv.glmnet(x, train$y, family = "binomial", alpha = 0.5, foldid = train$foldid)
  fit_seconds <- fit_seconds + proc.time()[["elapsed"]] - started
  cpu_seconds <- cpu_seconds + cpu() - cpu_started
  co <- as.vector(coef(cv, s = "lambda.min"))
  write.csv(data.frame(variable = c("(Intercept)", predictors), coef = co),
            file.path(dir, sprintf("r_coef_%d.csv", L)), row.names = FALSE)
  risk <- as.vector(predict(cv, as.matrix(apply[, predictors]), s = "lambda.min", type = "response"))
  write.csv(data.frame(ccode = apply$ccode, year = apply$year, risk = risk),
            file.path(dir, sprintf("r_pred_%d.csv", L)), row.names = FALSE)
  cat(sprintf("L=%d rows=%d lambda.min=%.6g\n", L, nrow(train), cv$lambda.min))
}
writeLines(sprintf("%.3f", fit_seconds), file.path(dir, "r_seconds.txt"))
writeLines(sprintf("%.3f", cpu_seconds), file.path(dir, "r_cpu_seconds.txt"))
writeLines(as.character(packageVersion("glmnet")), file.path(dir, "r_glmnet_version.txt"))
