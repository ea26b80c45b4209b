package fr.agora.council.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PoolImportTest {

    private static final LocalDate DRAW_DAY = LocalDate.of(2026, 11, 22);
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private static PoolFile file(String name, String text) throws PoolImportException {
        return PoolFile.parse(name, text.getBytes(StandardCharsets.UTF_8), PoolLimits.DEFAULT);
    }

    private static ColumnMapping guessed(PoolFile f) throws PoolImportException {
        return ColumnMapping.of(ColumnMapping.guess(f.header()), f.header().size());
    }

    private static PoolRowReader.Result read(PoolFile f, PoolSource source) throws PoolImportException {
        return new PoolRowReader(DRAW_DAY, AgeBands.DEFAULT).read(f, guessed(f), source);
    }

    @Test
    void recognisesSemicolonsWindows1252AndBom() throws Exception {
        byte[] cp1252 = "Nom;Prénom;Date de naissance;Sexe;Adresse\nLefèvre;Hélène;02/03/1980;F;3 rue Saint-Leu\n"
                .getBytes(PoolFile.WINDOWS_1252);
        PoolFile f = PoolFile.parse("ril.csv", cp1252, PoolLimits.DEFAULT);
        assertThat(f.separator()).isEqualTo(';');
        assertThat(f.charset()).isEqualTo(PoolFile.WINDOWS_1252);
        assertThat(f.header()).containsExactly("Nom", "Prénom", "Date de naissance", "Sexe", "Adresse");
        assertThat(f.rows().get(0).fields()[1]).isEqualTo("Hélène");

        PoolFile bom = file("edf.csv", "\uFEFFnom,prenom,naissance,sexe,adresse\n\"Martin, dit Max\",Max,1990-01-31,M,\"1 av. X\"\n");
        assertThat(bom.separator()).isEqualTo(',');
        assertThat(bom.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(bom.rows().get(0).fields()[0]).isEqualTo("Martin, dit Max");
    }

    @Test
    void refusesFilesThatAreNotCsvTables() {
        assertThatThrownBy(() -> file("x.csv", "")).hasFieldOrPropertyWithValue("key", "pool.file.empty");
        assertThatThrownBy(() -> file("x.csv", "nom;prenom\n")).hasFieldOrPropertyWithValue("key", "pool.file.no-rows");
        assertThatThrownBy(() -> file("x.csv", "nom;prenom\n\"Dupont;Jean\n"))
                .hasFieldOrPropertyWithValue("key", "pool.file.syntax");
        assertThatThrownBy(() -> PoolFile.parse("x.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0},
                PoolLimits.DEFAULT)).hasFieldOrPropertyWithValue("key", "pool.file.not-text");
        assertThatThrownBy(() -> PoolFile.parse("x.csv", "a;b\n1;2\n3;4\n".getBytes(StandardCharsets.UTF_8),
                new PoolLimits(1000, 1))).hasFieldOrPropertyWithValue("key", "pool.file.too-many-rows");
        assertThatThrownBy(() -> PoolFile.parse("x.csv", new byte[2048], new PoolLimits(1024, 10)))
                .hasFieldOrPropertyWithValue("key", "pool.file.too-large");
    }

    @Test
    void mappingNeedsEveryRequiredFieldOnceAndGuessIgnoresAccentsAndCase() throws Exception {
        Map<PoolField, Integer> guess = ColumnMapping.guess(List.of("NOM", "Prénom", "Né le", "Civilité", "Adresse",
                "Courriel", "Nationalité", "Commentaire"));
        assertThat(guess).containsEntry(PoolField.LAST_NAME, 0).containsEntry(PoolField.FIRST_NAME, 1)
                .containsEntry(PoolField.BIRTH_DATE, 2).containsEntry(PoolField.SEX, 3)
                .containsEntry(PoolField.ADDRESS, 4).containsEntry(PoolField.EMAIL, 5)
                .containsEntry(PoolField.NATIONALITY, 6).doesNotContainKey(PoolField.PHONE);
        assertThatThrownBy(() -> ColumnMapping.of(Map.of(PoolField.LAST_NAME, 0), 5))
                .hasFieldOrPropertyWithValue("key", "pool.mapping.missing");
        assertThatThrownBy(() -> ColumnMapping.of(Map.of(PoolField.LAST_NAME, 0, PoolField.FIRST_NAME, 0,
                PoolField.BIRTH_DATE, 2, PoolField.SEX, 3, PoolField.ADDRESS, 4), 5))
                .hasFieldOrPropertyWithValue("key", "pool.mapping.twice");
        assertThatThrownBy(() -> ColumnMapping.of(Map.of(PoolField.LAST_NAME, 0, PoolField.FIRST_NAME, 1,
                PoolField.BIRTH_DATE, 2, PoolField.SEX, 3, PoolField.ADDRESS, 9), 5))
                .hasFieldOrPropertyWithValue("key", "pool.mapping.out-of-range");
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndReason() throws Exception {
        PoolFile f = file("hlm.csv", String.join("\n",
                "nom;prenom;date de naissance;sexe;adresse;nationalite;email;telephone",
                "Durand;Ali;12/05/1985;H;4 place Vogel;DZ;ali@exemple.fr;06 12 34 56 78",
                "Petit;Léa;31/02/1990;F;5 rue X;FR;;",
                "Roux;Jo;01/01/2090;F;5 rue X;FR;;",
                "Blanc;Max;01/01/1990;Q;5 rue X;FR;;",
                "Noir;Eva;01/01/1990;F;5 rue X;Fr4nce;;",
                "Vert;Ana;01/01/1990;F;;FR;;",
                "Gris;Tom;01/01/1990;M;5 rue X;FR;pas-une-adresse;",
                "Bleu;Zoé;01/01/1990;F;5 rue X;FR;;12ab",
                "Court;Un;01/01/1990",
                "Enfant;Petit;01/01/2015;M;5 rue X;FR;;",
                "Vieux;Trop;01/01/1880;M;5 rue X;FR;;",
                "Ok;Sam;1999-12-31;X;6 rue Y;;;"));
        PoolRowReader.Result r = read(f, PoolSource.HLM);
        assertThat(r.accepted()).extracting(PersonRecord::line).containsExactly(2, 6, 13);
        assertThat(r.accepted().get(0).eu()).isEqualTo(EuStatus.NON_EU);
        assertThat(r.accepted().get(0).phone()).isEqualTo("0612345678");
        // an unrecognised nationality never refuses the file: the person is imported as unknown, and listed
        assertThat(r.accepted().get(1).eu()).isEqualTo(EuStatus.UNKNOWN);
        assertThat(r.notices()).extracting(RowIssue::line, RowIssue::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6, "pool.row.nationality-unknown"));
        assertThat(r.notices().get(0).args()).containsExactly("Fr4nce");
        assertThat(r.accepted().get(2).eu()).isEqualTo(EuStatus.UNKNOWN);
        assertThat(r.accepted().get(2).sex()).isEqualTo(Sex.UNSTATED);
        assertThat(r.rejected()).extracting(RowIssue::line, RowIssue::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "pool.row.birth-date"),
                org.assertj.core.groups.Tuple.tuple(4, "pool.row.birth-date-future"),
                org.assertj.core.groups.Tuple.tuple(5, "pool.row.sex"),
                org.assertj.core.groups.Tuple.tuple(7, "pool.row.missing"),
                org.assertj.core.groups.Tuple.tuple(8, "pool.row.email"),
                org.assertj.core.groups.Tuple.tuple(9, "pool.row.phone"),
                org.assertj.core.groups.Tuple.tuple(10, "pool.row.width"),
                org.assertj.core.groups.Tuple.tuple(12, "pool.row.birth-date-implausible"));
        assertThat(r.leftOut()).extracting(RowIssue::line, RowIssue::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(11, "pool.row.under-age"));
        assertThat(r.rejected().get(3).args()).containsExactly("pool.field.address");
    }

    @Test
    void controlCharactersAndOverlongValuesAreRejected() throws Exception {
        String longName = "A".repeat(PoolRowReader.MAX_FIELD_LENGTH + 1);
        PoolFile f = file("ril.csv", "nom;prenom;naissance;sexe;adresse\n" + longName + ";A;01/01/1990;F;x\n"
                + "B\u0007C;A;01/01/1990;F;x\n");
        PoolRowReader.Result r = read(f, PoolSource.RIL);
        assertThat(r.rejected()).extracting(RowIssue::key).containsExactly("pool.row.too-long", "pool.row.control");
    }

    @Test
    void nationalityIsReducedToTheEuFlag() {
        assertThat(Nationality.classify("FR")).isEqualTo(EuStatus.EU);
        assertThat(Nationality.classify("française")).isEqualTo(EuStatus.EU);
        assertThat(Nationality.classify("PRT")).isEqualTo(EuStatus.EU);
        assertThat(Nationality.classify("Allemagne")).isEqualTo(EuStatus.EU);
        assertThat(Nationality.classify("Maroc")).isEqualTo(EuStatus.NON_EU);
        assertThat(Nationality.classify("Royaume-Uni")).isEqualTo(EuStatus.NON_EU);
        assertThat(Nationality.classify("hors UE")).isEqualTo(EuStatus.NON_EU);
        assertThat(Nationality.classify("")).isEqualTo(EuStatus.UNKNOWN);
        assertThat(Nationality.classify("Francais")).isEqualTo(EuStatus.EU);
        assertThat(Nationality.classify("Atlantide")).isNull();
    }

    @Test
    void samePersonAcrossSourcesIsMergedKeepingEverySourceAndNoBirthDate() throws Exception {
        PoolFile ril = file("ril.csv", "nom;prenom;naissance;sexe;adresse;code postal;ville\n"
                + "Lefèvre;Hélène;02/03/1980;F;12 bd Alsace-Lorraine;80000;Amiens\n"
                + "Diallo;Awa;15/06/2004;F;3 rue Jean Moulin;80080;Amiens\n");
        PoolFile edf = file("edf.csv", "nom,prenom,naissance,sexe,adresse,email,sous-quartier\n"
                + "LEFEVRE,helene,1980-03-02,F,\"12 Boulevard Alsace Lorraine\",helene@exemple.fr,Nord\n"
                + "Diallo,Awa,15/06/2004,M,\"3 rue Jean Moulin\",,Nord\n"
                + "Martin,Paul,01/01/1970,M,\"1 place Parmentier\",,\n");
        Deduplicator dedup = new Deduplicator(SECRET, DRAW_DAY, AgeBands.DEFAULT);
        Deduplicator.Result first = dedup.merge(List.of(), read(ril, PoolSource.RIL).accepted());
        assertThat(first.added()).isEqualTo(2);
        Deduplicator.Result merged = dedup.merge(first.entries(), read(edf, PoolSource.EDF).accepted());
        assertThat(merged.added()).isEqualTo(1);
        assertThat(merged.entries()).hasSize(3);
        PoolEntry helene = merged.entries().get(0);
        assertThat(helene.sources()).isEqualTo(EnumSet.of(PoolSource.RIL, PoolSource.EDF));
        assertThat(helene.email()).isEqualTo("helene@exemple.fr");
        assertThat(helene.subArea()).isEqualTo("Nord");
        assertThat(helene.lastName()).isEqualTo("Lefèvre");
        assertThat(helene.ageBand()).isEqualTo("40-59");
        assertThat(helene.postalAddress()).isEqualTo("12 bd Alsace-Lorraine 80000 Amiens");
        assertThat(merged.entries().get(1).ageBand()).isEqualTo("16-24");
        assertThat(merged.merges()).hasSize(2);
        Deduplicator.Merge awa = merged.merges().get(1);
        assertThat(awa.displayName()).isEqualTo("Awa Diallo");
        assertThat(awa.conflicts()).containsExactly(PoolField.SEX);
        assertThat(awa.occurrences()).containsExactly("EDF edf.csv:3");
        assertThat(merged.entries().get(1).sex()).isEqualTo(Sex.FEMALE);
        // no field of the minimised entry holds the birth date
        assertThat(helene.toString()).doesNotContain("1980");
    }

    @Test
    void thePersonKeyDependsOnThePoolSecret() throws Exception {
        PersonRecord r = read(file("v.csv", "nom;prenom;naissance;sexe;adresse\nA;B;01/01/1990;F;x\n"), PoolSource.VOLUNTEER)
                .accepted().get(0);
        String one = new Deduplicator(SECRET, DRAW_DAY, AgeBands.DEFAULT).personKey(r);
        String other = new Deduplicator("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII),
                DRAW_DAY, AgeBands.DEFAULT).personKey(r);
        assertThat(one).hasSize(64).isNotEqualTo(other);
        assertThatThrownBy(() -> new Deduplicator(new byte[8], DRAW_DAY, AgeBands.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ageBandsAreClosedIntervalsAndTheLastIsOpen() {
        assertThat(AgeBands.DEFAULT.labels()).containsExactly("16-24", "25-39", "40-59", "60+");
        assertThat(AgeBands.DEFAULT.bandOf(15)).isNull();
        assertThat(AgeBands.DEFAULT.bandOf(24)).isEqualTo("16-24");
        assertThat(AgeBands.DEFAULT.bandOf(25)).isEqualTo("25-39");
        assertThat(AgeBands.DEFAULT.bandOf(97)).isEqualTo("60+");
        assertThat(AgeBands.age(LocalDate.of(2002, 11, 23), DRAW_DAY)).isEqualTo(23);
        assertThatThrownBy(() -> new AgeBands(List.of(16, 16))).isInstanceOf(IllegalArgumentException.class);
    }
}
