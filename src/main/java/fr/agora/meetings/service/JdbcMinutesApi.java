package fr.agora.meetings.service;

import fr.agora.meetings.MinutesApi;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link MinutesApi} with plain SQL on the meetings' tables, so that no entity leaves the module. */
@Component
class JdbcMinutesApi implements MinutesApi {

    private static final String SELECT = """
            SELECT d.id, d.title, d.adopted, m.id AS meeting_id, m.title AS meeting_title, m.minutes_approved_on,
                   b.ref_id, b.kind, b.college
            FROM meeting_decision d JOIN meeting m ON m.id = d.meeting_id JOIN meeting_body b ON b.id = m.body_id
            WHERE m.minutes_status IN ('APPROVED', 'PUBLISHED') AND b.kind IN ('COUNCIL', 'COLLEGE')""";

    private final JdbcClient jdbc;

    JdbcMinutesApi(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApprovedDecision> approvedDecisions(long councilId) {
        return jdbc.sql(SELECT + " AND b.ref_id = ? ORDER BY m.starts_at DESC, d.id").param(councilId)
                .query(JdbcMinutesApi::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApprovedDecision> approvedDecision(long decisionId) {
        return jdbc.sql(SELECT + " AND d.id = ?").param(decisionId).query(JdbcMinutesApi::row).optional();
    }

    private static ApprovedDecision row(ResultSet rs, int n) throws SQLException {
        return new ApprovedDecision(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("meeting_title"),
                rs.getLong("ref_id"), "COLLEGE".equals(rs.getString("kind")) ? rs.getString("college") : null,
                rs.getString("title"), rs.getBoolean("adopted"), rs.getObject("minutes_approved_on", java.time.LocalDate.class));
    }
}
