package fr.agora.council.pool;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns what a source writes as nationality into {@link EuStatus}, at import, so that the nationality itself is
 * never stored. Recognised: ISO 3166 alpha-2 and alpha-3 codes, country names in French and English, the French
 * nationality adjectives of the 27 EU member states and of the non-EU countries most represented in French
 * cities, and "hors UE" / "UE". Anything else is refused, never guessed: a typo must not decide who is favoured
 * by the draw.
 */
final class Nationality {

    /** The 27 member states of the European Union (2020 onwards). */
    static final Set<String> EU_ISO2 = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
            "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private static final Map<String, String> NAMES = new HashMap<>();

    private static final Set<String> EU_ADJECTIVES = new HashSet<>();

    /**
     * French nationality adjectives (feminine and masculine, accents folded) of the countries outside the EU whose
     * nationals most often live in French cities, and "apatride". A file that writes « marocaine » or « turque »
     * must not be refused: these are the residents the draw's quota favours.
     */
    private static final Set<String> NON_EU_ADJECTIVES = Set.of(
            "marocaine", "marocain", "algerienne", "algerien", "tunisienne", "tunisien", "libyenne", "libyen",
            "egyptienne", "egyptien", "senegalaise", "senegalais", "malienne", "malien", "mauritanienne", "mauritanien",
            "guineenne", "guineen", "ivoirienne", "ivoirien", "burkinabe", "nigerienne", "nigerien", "nigeriane",
            "nigerian", "beninoise", "beninois", "togolaise", "togolais", "ghaneenne", "ghaneen", "camerounaise",
            "camerounais", "gabonaise", "gabonais", "congolaise", "congolais", "centrafricaine", "centrafricain", "tchadienne",
            "tchadien", "comorienne", "comorien", "malgache", "mauricienne", "mauricien", "djiboutienne", "djiboutien",
            "somalienne", "somalien", "ethiopienne", "ethiopien", "erythreenne", "erythreen", "soudanaise", "soudanais",
            "kenyane", "kenyan", "angolaise", "angolais", "rwandaise", "rwandais", "burundaise", "burundais",
            "capverdienne", "capverdien", "sud africaine", "sud africain", "turque", "turc", "syrienne", "syrien",
            "libanaise", "libanais", "irakienne", "irakien", "iranienne", "iranien", "afghane", "afghan",
            "pakistanaise", "pakistanais", "indienne", "indien", "bangladaise", "bangladais", "srilankaise", "srilankais",
            "sri lankaise", "sri lankais", "nepalaise", "nepalais", "chinoise", "chinois", "vietnamienne", "vietnamien",
            "cambodgienne", "cambodgien", "laotienne", "laotien", "thailandaise", "thailandais", "philippine", "philippin",
            "japonaise", "japonais", "coreenne", "coreen", "mongole", "mongol", "jordanienne", "jordanien",
            "palestinienne", "palestinien", "israelienne", "israelien", "saoudienne", "saoudien", "yemenite", "emirienne",
            "emirien", "qatarienne", "qatarien", "armenienne", "armenien", "georgienne", "georgien", "azerbaidjanaise",
            "azerbaidjanais", "russe", "ukrainienne", "ukrainien", "bielorusse", "moldave", "kazakhe", "kazakh",
            "ouzbeke", "ouzbek", "tchetchene", "albanaise", "albanais", "kosovare", "serbe", "bosnienne",
            "bosnien", "macedonienne", "macedonien", "montenegrine", "montenegrin", "britannique", "anglaise", "anglais",
            "ecossaise", "ecossais", "galloise", "gallois", "suisse", "norvegienne", "norvegien", "islandaise",
            "islandais", "americaine", "americain", "etats unienne", "etats unien", "canadienne", "canadien", "mexicaine",
            "mexicain", "haitienne", "haitien", "cubaine", "cubain", "dominicaine", "dominicain", "colombienne",
            "colombien", "venezuelienne", "venezuelien", "peruvienne", "peruvien", "bolivienne", "bolivien", "equatorienne",
            "equatorien", "bresilienne", "bresilien", "argentine", "argentin", "chilienne", "chilien", "uruguayenne",
            "uruguayen", "paraguayenne", "paraguayen", "australienne", "australien", "neo zelandaise", "neo zelandais", "apatride");

    static {
        for (String iso2 : Locale.getISOCountries()) {
            Locale country = Locale.of("", iso2);
            NAMES.put(Text.fold(iso2), iso2);
            try {
                NAMES.put(Text.fold(country.getISO3Country()), iso2);
            } catch (java.util.MissingResourceException ignored) {
                // no alpha-3 code for this entry
            }
            NAMES.put(Text.fold(country.getDisplayCountry(Locale.FRENCH)), iso2);
            NAMES.put(Text.fold(country.getDisplayCountry(Locale.ENGLISH)), iso2);
        }
        for (String adjective : new String[] {"francaise", "francais", "allemande", "allemand", "autrichienne",
                "autrichien", "belge", "bulgare", "croate", "chypriote", "tcheque", "danoise", "danois", "estonienne",
                "estonien", "finlandaise", "finlandais", "grecque", "grec", "hongroise", "hongrois", "irlandaise",
                "irlandais", "italienne", "italien", "lettone", "letton", "lituanienne", "lituanien",
                "luxembourgeoise", "luxembourgeois", "maltaise", "maltais", "neerlandaise", "neerlandais", "polonaise",
                "polonais", "portugaise", "portugais", "roumaine", "roumain", "slovaque", "slovene", "espagnole",
                "espagnol", "suedoise", "suedois", "ue", "union europeenne", "eu", "european union",
                "communautaire"}) {
            EU_ADJECTIVES.add(adjective);
        }
    }

    private Nationality() {
    }

    /** EU / NON_EU for a recognised value, UNKNOWN for a blank one, null when it is not recognised. */
    static EuStatus classify(String value) {
        String v = Text.fold(value);
        if (v.isEmpty()) {
            return EuStatus.UNKNOWN;
        }
        if (EU_ADJECTIVES.contains(v)) {
            return EuStatus.EU;
        }
        if (NON_EU_ADJECTIVES.contains(v) || v.equals("hors ue") || v.equals("non ue") || v.equals("extra communautaire") || v.equals("non eu")
                || v.equals("non european union")) {
            return EuStatus.NON_EU;
        }
        String iso2 = NAMES.get(v);
        if (iso2 == null) {
            return null;
        }
        return EU_ISO2.contains(iso2) ? EuStatus.EU : EuStatus.NON_EU;
    }
}
