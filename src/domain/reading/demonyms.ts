// Demonyms (nationality adjectives) of countries, ISO 3166-1 alpha-3 -> the forms reports write. Our own
// compact table: no installed package has one (i18n-iso-countries has names only; `i18n-nationality` on npm
// has them but is not installed). Plurals ("Syrians") are added by the reader. Forms shared by two countries
// are left out: "Congolese" (COD, COG), "Korean" (PRK, KOR), "Dominican" (DOM, DMA), "Guinean" (GIN and the
// other Guineas); "South Sudanese", "North Korean" and the like are whole entries (the longest match wins).
const TABLE = `
AFG Afghan; ALB Albanian; DZA Algerian; AND Andorran; AGO Angolan; ATG Antiguan; ARG Argentine,Argentinian;
ARM Armenian; AUS Australian; AUT Austrian; AZE Azerbaijani,Azeri; BHS Bahamian; BHR Bahraini;
BGD Bangladeshi; BRB Barbadian; BLR Belarusian; BEL Belgian; BLZ Belizean; BEN Beninese; BTN Bhutanese;
BOL Bolivian; BIH Bosnian; BWA Botswanan,Motswana; BRA Brazilian; BRN Bruneian; BGR Bulgarian;
BFA Burkinabe,Burkinabé; BDI Burundian; KHM Cambodian; CMR Cameroonian; CAN Canadian; CPV Cape Verdean;
CAF Central African; TCD Chadian; CHL Chilean; CHN Chinese; COL Colombian; COM Comoran,Comorian;
CRI Costa Rican; CIV Ivorian; HRV Croatian,Croat; CUB Cuban; CYP Cypriot; CZE Czech; DNK Danish,Dane;
DJI Djiboutian; ECU Ecuadorian; EGY Egyptian; SLV Salvadoran; GNQ Equatorial Guinean,Equatoguinean;
ERI Eritrean; EST Estonian; SWZ Swazi; ETH Ethiopian; FJI Fijian; FIN Finnish,Finn; FRA French;
GAB Gabonese; GMB Gambian; GEO Georgian; DEU German; GHA Ghanaian; GRC Greek; GRD Grenadian;
GTM Guatemalan; GNB Bissau-Guinean; GUY Guyanese; HTI Haitian; HND Honduran; HUN Hungarian;
ISL Icelandic,Icelander; IND Indian; IDN Indonesian; IRN Iranian; IRQ Iraqi; IRL Irish; ISR Israeli;
ITA Italian; JAM Jamaican; JPN Japanese; JOR Jordanian; KAZ Kazakh,Kazakhstani; KEN Kenyan;
KIR I-Kiribati; PRK North Korean; KOR South Korean; XKX Kosovar,Kosovan; KWT Kuwaiti; KGZ Kyrgyz;
LAO Lao,Laotian; LVA Latvian; LBN Lebanese; LSO Basotho; LBR Liberian; LBY Libyan; LIE Liechtensteiner;
LTU Lithuanian; LUX Luxembourgish,Luxembourger; MDG Malagasy; MWI Malawian; MYS Malaysian; MDV Maldivian;
MLI Malian; MLT Maltese; MHL Marshallese; MRT Mauritanian; MUS Mauritian; MEX Mexican; FSM Micronesian;
MDA Moldovan; MCO Monegasque; MNG Mongolian; MNE Montenegrin; MAR Moroccan; MOZ Mozambican;
MMR Burmese,Myanmar; NAM Namibian; NRU Nauruan; NPL Nepali,Nepalese; NLD Dutch; NZL New Zealand;
NIC Nicaraguan; NER Nigerien; NGA Nigerian; MKD Macedonian,North Macedonian; NOR Norwegian; OMN Omani;
PAK Pakistani; PLW Palauan; PSE Palestinian; PAN Panamanian; PNG Papua New Guinean; PRY Paraguayan;
PER Peruvian; PHL Filipino,Philippine; POL Polish,Pole; PRT Portuguese; QAT Qatari; ROU Romanian;
RUS Russian; RWA Rwandan; KNA Kittitian,Nevisian; LCA Saint Lucian; VCT Vincentian; WSM Samoan;
SMR Sammarinese; STP Santomean; SAU Saudi,Saudi Arabian; SEN Senegalese; SRB Serbian,Serb;
SYC Seychellois; SLE Sierra Leonean; SGP Singaporean; SVK Slovak; SVN Slovenian,Slovene;
SLB Solomon Islander; SOM Somali; ZAF South African; SSD South Sudanese; ESP Spanish,Spaniard;
LKA Sri Lankan; SDN Sudanese; SUR Surinamese; SWE Swedish,Swede; CHE Swiss; SYR Syrian; TWN Taiwanese;
TJK Tajik,Tajikistani; TZA Tanzanian; THA Thai; TLS Timorese; TGO Togolese; TON Tongan;
TTO Trinidadian,Tobagonian; TUN Tunisian; TUR Turkish,Turk; TKM Turkmen; TUV Tuvaluan; UGA Ugandan;
UKR Ukrainian; ARE Emirati; GBR British; USA American; URY Uruguayan; UZB Uzbek; VUT Ni-Vanuatu;
VEN Venezuelan; VNM Vietnamese; YEM Yemeni; ZMB Zambian; ZWE Zimbabwean
`;

/** Country (ISO alpha-3) -> its demonyms. */
export const DEMONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  TABLE.split(";")
    .map((e) => e.trim())
    .filter(Boolean)
    .map((e) => {
      const space = e.indexOf(" ");
      return [e.slice(0, space), e.slice(space + 1).split(",")] as const;
    }),
);

/** A word's plural as a people ("Syrians", "Iraqis"); none for forms that do not take one ("Sudanese"). */
export function demonymPlural(form: string): string | null {
  if (/(?:ese|ss|sh|ch|[sxz]|Thai|Lao|Malagasy|Basotho|Swazi|Kiribati|Vanuatu|Myanmar|Zealand)$/.test(form))
    return null;
  return `${form}s`;
}
