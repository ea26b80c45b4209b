package fr.agora.shared.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;

/** "Mon espace": what concerns the signed-in person in each feature, from the {@link MySpaceSection} beans. */
@Route(value = "mon-espace", layout = MainLayout.class)
@PermitAll
public class MySpaceView extends AgoraView {

    public MySpaceView(List<MySpaceSection> sections) {
        boolean any = false;
        for (MySpaceSection section : sections.stream().sorted(Comparator.comparingInt(MySpaceSection::order)).toList()) {
            List<MySpaceSection.Item> items = section.items(getLocale());
            if (items.isEmpty()) {
                continue;
            }
            any = true;
            UnorderedList list = new UnorderedList();
            items.forEach(i -> list.add(new ListItem(i.target().link(i.text()),
                    new Span(i.detail() == null || i.detail().isEmpty() ? "" : " — " + i.detail()))));
            add(new H2(getTranslation(section.titleKey())), list);
        }
        if (!any) {
            Paragraph empty = new Paragraph(getTranslation("myspace.empty"));
            empty.setId("myspace-empty");
            add(empty);
        }
    }

    @Override
    protected String titleKey() {
        return "myspace.title";
    }
}
