package fr.agora.shared.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

/** A page of plain text from the message bundles (legal pages, help): headed sections of paragraphs or lists. */
abstract class TextPageView extends AgoraView {

    /** A section: a heading and paragraphs, each a message key. */
    protected Section section(String id, String headingKey, String... paragraphKeys) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        section.setId(id);
        for (String key : paragraphKeys) {
            section.add(new Paragraph(getTranslation(key)));
        }
        add(section);
        return section;
    }

    /** A bulleted list of message keys. */
    protected UnorderedList list(String... keys) {
        UnorderedList list = new UnorderedList();
        for (String key : keys) {
            list.add(new ListItem(getTranslation(key)));
        }
        return list;
    }
}
