package fr.agora.budget.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClassAccountRepository extends JpaRepository<ClassAccount, Long> {

    List<ClassAccount> findByTeacherEmailOrderByClassLabelAsc(String teacherEmail);
}
