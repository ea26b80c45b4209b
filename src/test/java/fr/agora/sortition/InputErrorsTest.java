package fr.agora.sortition;

import fr.agora.sortition.io.PoolReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputErrorsTest {

    @TempDir
    Path dir;

    private static final String QUOTAS = "category,feature,min,max\ngender,female,1,2\ngender,male,1,2\n";
    private static final String PEOPLE = "gender\nfemale\nMale\nFEMALE\nmale\n";

    private SortitionInstance read(String people, String quotas, int k) throws Exception {
        Path p = dir.resolve("respondents.csv");
        Path q = dir.resolve("categories.csv");
        Files.writeString(p, people, StandardCharsets.UTF_8);
        Files.writeString(q, quotas, StandardCharsets.UTF_8);
        return PoolReader.read(p, q, k, PoolReader.Options.defaults());
    }

    private void assertError(String people, String quotas, int k, String file, int line, String problem) {
        assertThatThrownBy(() -> read(people, quotas, k)).isInstanceOfSatisfying(SortitionInputException.class, e -> {
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.problem()).contains(problem);
            assertThat(e.getMessage()).doesNotContain("\n");
        });
    }

    @Test
    void readsPanelotCaseInsensitivelyWithBom() throws Exception {
        SortitionInstance instance = read("\uFEFF" + PEOPLE, "\uFEFF" + QUOTAS, 2);
        assertThat(instance.n()).isEqualTo(4);
        assertThat(instance.people().get(1).id()).isEqualTo("1");
        assertThat(instance.people().get(1).features()).containsEntry("gender", "male");
        assertThat(instance.quotaMembers(0)).containsExactly(0, 2);
    }

    @Test
    void detectsSortitionFoundationLayoutAndHouseholds() throws Exception {
        Path p = dir.resolve("people.csv");
        Path q = dir.resolve("features.csv");
        Files.writeString(p, "id,name,Gender,street\na,\"Doe, J\",Female,1 rue X\nb,B,male,1 rue X\nc,C,male,2 rue Y\n");
        Files.writeString(q, "feature,value,min,max,min_flex,max_flex\ngender,female,0,1,0,2\ngender,male,1,2,0,2\n");
        SortitionInstance instance = PoolReader.read(p, q, 2, new PoolReader.Options(null, null, List.of("street")));
        assertThat(instance.people()).extracting(Person::id).containsExactly("a", "b", "c");
        assertThat(instance.households()).hasNumberOfRows(1);
        assertThat(instance.quotas().get(0).maxFlex()).isEqualTo(2);
    }

    @Test
    void missingColumn() {
        assertError("sex\nfemale\n", QUOTAS, 1, "respondents.csv", 1, "colonne « gender » manquante");
        assertError(PEOPLE, "category,feature,min\ngender,female,1\n", 1, "categories.csv", 1, "« max »");
    }

    @Test
    void unknownValues() {
        assertError("gender\nfemale\nother\n", QUOTAS, 1, "respondents.csv", 3, "« other »");
        assertError(PEOPLE, QUOTAS + "gender,x,1,1\n", 2, "categories.csv", 4, "« x »");
        assertError(PEOPLE, "category,feature,min,max\ngender,female,one,2\ngender,male,1,2\n", 2,
                "categories.csv", 2, "min « one »");
    }

    @Test
    void panelLargerThanPool() {
        assertError(PEOPLE, QUOTAS, 5, "respondents.csv", 0, "supérieure au vivier");
    }

    @Test
    void emptyFiles() {
        assertError("", QUOTAS, 1, "respondents.csv", 0, "vide");
        assertError("gender\n", QUOTAS, 1, "respondents.csv", 0, "vide");
        assertError(PEOPLE, "", 1, "categories.csv", 0, "vide");
    }

    @Test
    void malformedCsv() {
        assertError("gender\nfemale\n\"male\nfemale\n", QUOTAS, 1, "respondents.csv", 3, "guillemet non fermé");
        assertError("gender\nfemale\nma\"le\n", QUOTAS, 1, "respondents.csv", 3, "guillemet");
        assertError("gender\nfemale\nmale,extra\n", QUOTAS, 1, "respondents.csv", 3, "2 champs au lieu de 1");
    }
}
