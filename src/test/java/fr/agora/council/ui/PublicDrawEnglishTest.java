package fr.agora.council.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import fr.agora.council.service.CouncilData;
import fr.agora.council.support.CouncilTestData;
import fr.agora.support.AgoraSpringTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 13: the public draw page in English has English typography (no French space before a colon). */
@AgoraSpringTest
class PublicDrawEnglishTest extends SpringBrowserlessTest {

    @Autowired
    CouncilTestData data;

    @Test
    void the_quota_table_in_english_has_no_french_space_before_colons() {
        CouncilData c = data.council().named("Conseil typographie").create();
        data.draw(c.id()).pool(CouncilTestData.pool(60, "Typo")).drawn();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        PublicDrawView view = navigate("conseils/" + c.slug() + "/tirage", PublicDrawView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Sex: ");
        assertThat(text).doesNotContain(" : ").doesNotContain(" :");

        UI.getCurrent().setLocale(Locale.FRENCH);
        String french = navigate("conseils/" + c.slug() + "/tirage", PublicDrawView.class).getElement().getTextRecursively();
        assertThat(french).contains("Sexe : ");
    }
}
