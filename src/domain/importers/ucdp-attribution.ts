/** What UCDP asks users to cite (CC BY 4.0 requires the attribution); the yearly overview article comes first. */
export const UCDP_CITATION =
  "Uppsala Conflict Data Program (UCDP), Department of Peace and Conflict Research, Uppsala University. Davies, S., Pettersson, T., Sollenberg, M. & Öberg, M. (2025) Organized violence 1989-2024, and the challenges of identifying civilian victims. Journal of Peace Research 62(4). Licensed CC BY 4.0.";

export const UCDP_DOWNLOADS = "https://ucdp.uu.se/downloads/";
