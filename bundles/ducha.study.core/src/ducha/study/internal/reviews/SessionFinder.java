package ducha.study.internal.reviews;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.jpa.NumberSearch;
import ducha.core.security.Principal;
import ducha.core.spi.FoundRecord;
import ducha.core.spi.RecordFinder;
import ducha.study.StudySession;
import ducha.study.StudyTargets;
import ducha.study.internal.jpa.SessionEntity;

/**
 * The quick-find's study sessions (学习记录) by part of the 编号 (XX2024-001): only the sessions of departments the
 * viewer may read, newest first.
 */
@Component(service = RecordFinder.class)
public class SessionFinder implements RecordFinder {

	@Reference
	private ReviewsUnit unit;

	@Override
	public List<FoundRecord> find(String text, Principal viewer, int limit) {
		if (!RecordFinder.searchable(text)) {
			return List.of();
		}
		return NumberSearch.containing(unit.emf, SessionEntity.class, "recordNo", "e.date desc, e.recordNo desc", text,
				s -> unit.mayReadRecords(viewer, s.toRecord().departmentCode()), limit).stream()
				.map(SessionEntity::toRecord).map(this::hit).toList();
	}

	private FoundRecord hit(StudySession s) {
		String line = String.join(" · ", unit.departmentName(s.departmentCode()), s.date().toString(),
				s.kind().label(), s.topic() == null ? "" : s.topic());
		return new FoundRecord(Messages.findSessionKind, s.recordNo(), line, StudyTargets.SESSIONS, s.recordNo());
	}
}
