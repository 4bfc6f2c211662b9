import { AppError } from "../../errors.ts";

/** A rule file refused at load: names the file, the rule (when one is to blame) and the reason. */
export class RuleFileError extends AppError {
  constructor(
    readonly file: string,
    readonly rule: string | null,
    readonly reason: string,
  ) {
    super("invalid-rules", `${file}${rule ? `: rule ${rule}` : ""}: ${reason}`, { file, rule, reason });
  }
}
