package fr.agora.shared.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import fr.agora.shared.domain.BusinessException;
import fr.agora.shared.domain.Role;
import fr.agora.shared.domain.TerritoryKind;
import fr.agora.shared.service.TerritoryData;
import fr.agora.shared.service.TerritoryService;
import fr.agora.shared.ui.AgoraView;
import fr.agora.shared.ui.BoundedUpload;
import fr.agora.shared.ui.MainLayout;
import fr.agora.shared.ui.Notifications;
import fr.agora.shared.ui.TerritoryLayers;
import fr.agora.shared.ui.map.GeoPointField;
import fr.agora.shared.ui.map.LeafletMap;
import fr.agora.shared.ui.map.MapSettings;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/**
 * Admins maintain the reference geography: secteurs, QPV, territoires de veille and comités de quartier, with
 * populations, validity dates, a centre point and an outline (GeoJSON upload). The QPV are shown on the map.
 */
@Route(value = "admin/territoires", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
public class TerritoriesAdminView extends AgoraView {

    final Grid<TerritoryData> grid = new Grid<>(TerritoryData.class, false);
    final LeafletMap map;
    final TextField code = new TextField();
    final Select<TerritoryKind> kind = new Select<>();
    final TextField name = new TextField();
    final ComboBox<TerritoryData> parent = new ComboBox<>();
    final IntegerField population = new IntegerField();
    final IntegerField populationYear = new IntegerField();
    final DatePicker validFrom = new DatePicker();
    final DatePicker validTo = new DatePicker();
    final GeoPointField centre;
    final TextField source = new TextField();
    final Checkbox demo = new Checkbox();
    final Button save = new Button();
    private final transient TerritoryService territories;
    private TerritoryData editing;

    public TerritoriesAdminView(TerritoryService territories, MapSettings settings,
            @Value("${agora.uploads.max-geojson-size}") DataSize maxGeoJson) {
        this.territories = territories;
        setMaxWidth("1200px");
        map = new LeafletMap(settings);
        map.setAccessibleName(getTranslation("territories.map"));
        map.setHeight("360px");
        map.setView(map.getCentre(), 12);
        centre = new GeoPointField(getTranslation("territory.centre"), settings);

        grid.addColumn(t -> getTranslation("territory.kind." + t.kind().name())).setHeader(getTranslation("territory.kind"))
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(TerritoryData::name).setHeader(getTranslation("territory.name")).setFlexGrow(1).setSortable(true);
        grid.addColumn(t -> t.population() == null ? "" : t.population().toString()).setHeader(getTranslation("territory.population"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.validFrom() + (t.validTo() == null ? " →" : " → " + t.validTo()))
                .setHeader(getTranslation("territory.validity")).setAutoWidth(true);
        grid.addColumn(t -> t.demo() ? getTranslation("territory.demo") : "").setHeader(getTranslation("territory.demo"))
                .setAutoWidth(true);
        grid.setHeight("320px");
        grid.setAriaLabel(getTranslation("territories.table"));
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        grid.setId("territories-grid");

        code.setLabel(getTranslation("territory.code"));
        code.setMaxLength(64);
        kind.setLabel(getTranslation("territory.kind"));
        kind.setItems(TerritoryKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("territory.kind." + k.name()));
        name.setLabel(getTranslation("territory.name"));
        name.setMaxLength(160);
        name.setId("territory-name");
        parent.setLabel(getTranslation("territory.parent"));
        parent.setItemLabelGenerator(t -> t.name() + " (" + getTranslation("territory.kind." + t.kind().name()) + ")");
        parent.setClearButtonVisible(true);
        population.setLabel(getTranslation("territory.population"));
        population.setMin(0);
        population.setId("territory-population");
        populationYear.setLabel(getTranslation("territory.year"));
        validFrom.setLabel(getTranslation("territory.valid-from"));
        validTo.setLabel(getTranslation("territory.valid-to"));
        source.setLabel(getTranslation("territory.source"));
        source.setMaxLength(255);
        demo.setLabel(getTranslation("territory.demo"));
        save.setText(getTranslation("action.save"));
        save.setId("territory-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button create = new Button(getTranslation("territory.new"), e -> {
            grid.asSingleSelect().clear();
            edit(null);
        });

        Upload outline = BoundedUpload.create(maxGeoJson.toBytes(), List.of(".geojson", ".json", "application/geo+json",
                "application/json"), (fileName, bytes) -> uploadOutline(new String(bytes, StandardCharsets.UTF_8)));
        outline.setId("territory-outline");

        FormLayout form = new FormLayout(code, kind, name, parent, population, populationYear, validFrom, validTo, source, demo);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        add(map, create, grid, new H2(getTranslation("territory.edit")), form, centre,
                new Paragraph(getTranslation("territory.outline.help", maxGeoJson.toKilobytes())), outline, save);
        refresh();
        edit(null);
    }

    void refresh() {
        List<TerritoryData> all = territories.all();
        grid.setItems(all);
        parent.setItems(all.stream().filter(t -> t.kind() == TerritoryKind.SECTEUR).toList());
        map.clearMarkers();
        map.getGeoJsonLayers().forEach(l -> map.removeGeoJson(l.id()));
        TerritoryLayers.show(map, territories.current(TerritoryKind.QPV));
    }

    void edit(TerritoryData t) {
        editing = t;
        code.setValue(t == null ? "" : t.code());
        kind.setValue(t == null ? TerritoryKind.COMITE : t.kind());
        name.setValue(t == null ? "" : t.name());
        parent.setValue(t == null || t.parentId() == null ? null
                : territories.all().stream().filter(p -> p.id().equals(t.parentId())).findFirst().orElse(null));
        population.setValue(t == null ? null : t.population());
        populationYear.setValue(t == null ? null : t.populationYear());
        validFrom.setValue(t == null ? territories.today() : t.validFrom());
        validTo.setValue(t == null ? null : t.validTo());
        centre.setValue(t == null ? null : t.centre());
        source.setValue(t == null || t.source() == null ? "" : t.source());
        demo.setValue(t != null && t.demo());
    }

    void save() {
        try {
            TerritoryData saved = territories.save(new TerritoryData(editing == null ? null : editing.id(), code.getValue(),
                    kind.getValue(), name.getValue(), parent.getValue() == null ? null : parent.getValue().id(), null,
                    population.getValue(), populationYear.getValue(), validFrom.getValue(), validTo.getValue(),
                    centre.getValue(), null, source.getValue(), demo.getValue()));
            Notifications.success(getTranslation("territory.saved", saved.name()));
            refresh();
            editing = saved;
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    void uploadOutline(String geoJson) {
        if (editing == null || editing.id() == null) {
            Notifications.error(getTranslation("territory.outline.save-first"));
            return;
        }
        try {
            editing = territories.setPolygon(editing.id(), geoJson);
            Notifications.success(getTranslation("territory.outline.saved"));
            refresh();
        } catch (BusinessException e) {
            Notifications.error(e);
        }
    }

    @Override
    protected String titleKey() {
        return "territories.admin.title";
    }
}
