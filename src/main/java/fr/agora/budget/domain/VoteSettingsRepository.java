package fr.agora.budget.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VoteSettingsRepository extends JpaRepository<VoteSettings, Long> {

    List<VoteSettings> findByState(VoteSettings.State state);
}
