package fr.agora.council;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only view of the conseils citoyens for other modules (meetings): the councils and their active members, with
 * the seat each member holds. Part of the council module's API (its root package); it changes nothing.
 */
public interface CouncilDirectory {

    /** A conseil citoyen and the territories it covers. */
    record CouncilEntry(long id, String name, List<Long> territoryIds, boolean demo) {
    }

    /**
     * An active member of a council.
     *
     * @param college   {@code HABITANTS} or {@code ASSOCIATIONS}
     * @param titulaire true for the titulaire of the seat, false for its suppléant
     */
    record Member(long id, long councilId, String college, int seatNo, boolean titulaire, String fullName,
            String email, String phone, boolean publicConsent) {
    }

    /** Every council, by name. */
    List<CouncilEntry> councils();

    /** One council. */
    Optional<CouncilEntry> council(long id);

    /** The council's active members (titulaires and suppléants), by collège, seat and position. */
    List<Member> activeMembers(long councilId);
}

/** The council tables read with plain SQL, so that no council entity or repository leaves the module. */
@Component
class JdbcCouncilDirectory implements CouncilDirectory {

    private final JdbcClient jdbc;

    JdbcCouncilDirectory(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CouncilEntry> councils() {
        return jdbc.sql("SELECT id, name, demo FROM council ORDER BY name").query((rs, n) -> new CouncilEntry(
                rs.getLong("id"), rs.getString("name"), territories(rs.getLong("id")), rs.getBoolean("demo"))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CouncilEntry> council(long id) {
        return jdbc.sql("SELECT id, name, demo FROM council WHERE id = ?").param(id).query((rs, n) -> new CouncilEntry(
                rs.getLong("id"), rs.getString("name"), territories(rs.getLong("id")), rs.getBoolean("demo"))).optional();
    }

    private List<Long> territories(long councilId) {
        return jdbc.sql("SELECT territory_id FROM council_territory WHERE council_id = ? ORDER BY territory_id")
                .param(councilId).query(Long.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Member> activeMembers(long councilId) {
        return jdbc.sql("""
                SELECT id, council_id, college, seat_no, position, full_name, email, phone, public_consent
                FROM council_member WHERE council_id = ? AND status = 'ACTIVE'
                ORDER BY college DESC, seat_no, position DESC, id""").param(councilId)
                .query((rs, n) -> new Member(rs.getLong("id"), rs.getLong("council_id"), rs.getString("college"),
                        rs.getInt("seat_no"), "TITULAIRE".equals(rs.getString("position")), rs.getString("full_name"),
                        rs.getString("email"), rs.getString("phone"), rs.getBoolean("public_consent")))
                .list();
    }
}
