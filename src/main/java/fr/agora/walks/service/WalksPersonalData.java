package fr.agora.walks.service;

import fr.agora.shared.service.PersonalData;
import fr.agora.walks.domain.Observation;
import fr.agora.walks.domain.ObservationPhoto;
import fr.agora.walks.domain.ObservationPhotoRepository;
import fr.agora.walks.domain.ObservationRepository;
import fr.agora.walks.domain.Walk;
import fr.agora.walks.domain.WalkRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The walks' part of a person's data: the walks they are enrolled on, the pins they captured (with their photos,
 * as stored) and the walks they
 * created as staff. On deletion they leave the walks' participants and their pins lose their author (the pins
 * stay in the diagnostic, which never showed who placed them). The walks a staff member created keep their
 * creator's address: it is the record of who organised a public process.
 */
@Component
class WalksPersonalData implements PersonalData {

    private final WalkRepository walks;
    private final ObservationRepository observations;
    private final ObservationPhotoRepository photos;
    private final PhotoStore store;

    WalksPersonalData(WalkRepository walks, ObservationRepository observations, ObservationPhotoRepository photos,
            PhotoStore store) {
        this.walks = walks;
        this.observations = observations;
        this.photos = photos;
        this.store = store;
    }

    @Override
    public String key() {
        return "walks";
    }

    @Override
    public Map<String, Object> export(Person person) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("enrolledOn", walks.findByParticipant(person.userId()).stream().map(WalksPersonalData::walk).toList());
        List<Observation> pins = observations.findByAuthor(person.userId());
        Map<Long, List<Map<String, Object>>> photosByPin = pins.isEmpty() ? Map.of()
                : photos.findByObservations(pins.stream().map(Observation::getId).toList()).stream()
                        .collect(java.util.stream.Collectors.groupingBy(p -> p.getObservation().getId(),
                                java.util.stream.Collectors.mapping(this::photo, java.util.stream.Collectors.toList())));
        data.put("pins", pins.stream().map(o -> {
            Map<String, Object> pin = pin(o);
            pin.put("photos", photosByPin.getOrDefault(o.getId(), List.of()));
            return pin;
        }).toList());
        data.put("created", walks.findByCreatedByOrderByCreatedAt(person.email()).stream().map(WalksPersonalData::walk)
                .toList());
        return data;
    }

    @Override
    public void erase(Person person) {
        walks.findByParticipant(person.userId()).forEach(w -> w.removeParticipant(person.userId()));
        observations.findByAuthor(person.userId()).forEach(Observation::forgetAuthor);
    }

    /** A photo as stored (already stripped of its metadata), in the export itself: the person gets their pictures. */
    private Map<String, Object> photo(ObservationPhoto p) {
        Map<String, Object> photo = new LinkedHashMap<>();
        photo.put("id", p.getId());
        photo.put("mediaType", p.getMediaType());
        photo.put("status", p.getStatus().name());
        photo.put("base64", java.util.Base64.getEncoder().encodeToString(store.read(p.getFileName())));
        return photo;
    }

    private static Map<String, Object> walk(Walk w) {
        return Map.of("id", w.getId(), "title", w.getTitle(), "date", w.getDate().toString());
    }

    private static Map<String, Object> pin(Observation o) {
        Map<String, Object> pin = new LinkedHashMap<>();
        pin.put("walk", o.getWalk().getTitle());
        pin.put("criterion", o.getCriterion().getLabelFr());
        pin.put("assessment", o.getAssessment().name());
        pin.put("severity", o.getSeverity());
        pin.put("text", o.getText() == null ? "" : o.getText());
        pin.put("observedAt", o.getObservedAt().toString());
        pin.put("status", o.getStatus().name());
        return pin;
    }
}
