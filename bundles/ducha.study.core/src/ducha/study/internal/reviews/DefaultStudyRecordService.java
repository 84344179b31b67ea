package ducha.study.internal.reviews;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.attachments.AttachmentService;
import ducha.core.attachments.StoredAttachment;
import ducha.core.jpa.Jpa;
import ducha.core.jpa.Versions;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.study.StudyPermissions;
import ducha.study.StudyRecordService;
import ducha.study.StudySession;
import ducha.study.internal.jpa.SessionEntity;

/** Study sessions on table {@code study_session}; their files in the platform's attachment service. */
@Component
public class DefaultStudyRecordService implements StudyRecordService {

	private static final String OBJECT = "study-session";

	@Reference
	private ReviewsUnit unit;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile AttachmentService attachments;

	@Override
	public List<StudySession> sessions(String departmentCode, Period period, Principal reader) {
		unit.checkReadRecords(reader, departmentCode);
		return Jpa.read(unit.emf, em -> em.createQuery("select s from SessionEntity s where s.departmentCode = :d"
				+ " and s.date between :from and :to order by s.date, s.recordNo", SessionEntity.class)
				.setParameter("d", departmentCode).setParameter("from", period.from()).setParameter("to", period.to())
				.getResultList().stream().map(SessionEntity::toRecord).toList());
	}

	@Override
	public Optional<StudySession> session(String recordNo, Principal reader) {
		Optional<StudySession> session = Jpa.read(unit.emf,
				em -> Optional.ofNullable(find(em, recordNo)).map(SessionEntity::toRecord));
		session.ifPresent(s -> unit.checkReadRecords(reader, s.departmentCode()));
		return session;
	}

	@Override
	public StudySession record(StudySession session, Principal actor) {
		unit.checkWrite(actor, StudyPermissions.RECORDS_WRITE, session.departmentCode());
		validate(session);
		StudySession stored = Jpa.write(unit.emf, em -> {
			String no = session.recordNo() == null || session.recordNo().isBlank()
					? RecordNumbers.next(em, "SessionEntity", "XX", session.date().getYear())
					: session.recordNo().strip();
			if (find(em, no) != null) {
				throw new ValidationException(NLS.bind(Messages.sessionNumberTaken, no));
			}
			SessionEntity entity = new SessionEntity(withNumber(session, no));
			em.persist(entity);
			em.flush();
			StudySession done = entity.toRecord();
			unit.audit(em, actor, "study.session.record", OBJECT, done.recordNo(), describe(done));
			return done;
		});
		return stored;
	}

	@Override
	public StudySession update(StudySession session, Principal actor) {
		unit.checkWrite(actor, StudyPermissions.RECORDS_WRITE, session.departmentCode());
		validate(session);
		StudySession stored = Jpa.write(unit.emf, em -> {
			SessionEntity entity = existing(em, session.recordNo());
			if (!entity.departmentCode().equals(session.departmentCode())) {
				throw new ValidationException(NLS.bind(Messages.sessionDepartmentFixed, session.recordNo(),
						unit.departmentName(entity.departmentCode())));
			}
			Versions.expect(entity.version(), session.version(), unit.audit, OBJECT, session.recordNo(),
					NLS.bind(Messages.sessionLabel, session.recordNo()));
			entity.update(session);
			em.flush();
			StudySession done = entity.toRecord();
			unit.audit(em, actor, "study.session.update", OBJECT, done.recordNo(), describe(done));
			return done;
		});
		return stored;
	}

	@Override
	public void delete(String recordNo, Principal actor) {
		StudySession session = Jpa.read(unit.emf, em -> existing(em, recordNo).toRecord());
		unit.checkWrite(actor, StudyPermissions.RECORDS_WRITE, session.departmentCode());
		AttachmentService files = attachments;
		if (files != null) {
			for (StoredAttachment file : files.list(ATTACHMENT_OWNER, recordNo, actor)) {
				files.delete(ATTACHMENT_OWNER, recordNo, file.id(), actor);
			}
		}
		Jpa.write(unit.emf, em -> {
			em.remove(existing(em, recordNo));
			unit.audit(em, actor, "study.session.delete", OBJECT, recordNo, describe(session));
			return null;
		});
	}

	private void validate(StudySession s) {
		Checks checks = new Checks();
		if (unit.directory.department(s.departmentCode()).isEmpty()) {
			checks.fail(NLS.bind(Messages.unknownDepartment, s.departmentCode()));
		}
		checks.notFuture(s.date(), Messages.fieldDate);
		checks.text(s.topic(), Messages.fieldTopic, 200, true);
		checks.text(s.recordText(), Messages.fieldRecordText, 8000, false);
		checks.text(s.recordNo(), Messages.fieldRecordNo, 30, false);
		if (!(s.hours() > 0 && s.hours() <= 24)) {
			checks.fail(NLS.bind(Messages.sessionHours, s.hours()));
		}
		if (s.attendees().isEmpty()) {
			checks.fail(Messages.sessionNoAttendees);
		}
		s.attendees().stream().filter(no -> unit.directory.staff(no).isEmpty())
				.forEach(no -> checks.fail(NLS.bind(Messages.unknownStaff, no)));
		checks.throwIfAny();
	}

	private static SessionEntity find(EntityManager em, String recordNo) {
		return em.createQuery("select s from SessionEntity s where s.recordNo = :no", SessionEntity.class)
				.setParameter("no", recordNo).getResultList().stream().findFirst().orElse(null);
	}

	private static SessionEntity existing(EntityManager em, String recordNo) {
		SessionEntity entity = find(em, recordNo);
		if (entity == null) {
			throw new NotFoundException(NLS.bind(Messages.sessionNotFound, recordNo));
		}
		return entity;
	}

	private static StudySession withNumber(StudySession s, String no) {
		return new StudySession(0, no, s.departmentCode(), s.date(), s.kind(), s.topic(), s.attendees(), s.hours(),
				s.recordText());
	}

	private String describe(StudySession s) {
		return unit.departmentName(s.departmentCode()) + " " + s.date() + " " + s.kind().label() + " " + s.topic()
				+ " " + s.attendees().size() + " 人";
	}
}
