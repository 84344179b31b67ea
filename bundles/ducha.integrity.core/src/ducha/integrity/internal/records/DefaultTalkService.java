package ducha.integrity.internal.records;

import org.eclipse.osgi.util.NLS;

import ducha.core.jpa.Jpa;
import ducha.integrity.internal.Messages;

import ducha.integrity.internal.jpa.IntegrityUnit;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import ducha.integrity.Talk;
import ducha.integrity.TalkLevel;
import ducha.integrity.TalkService;
import ducha.integrity.internal.jpa.TalkEntity;

/** Talks on table {@code integrity_talk}; an escalation is a new talk pointing at the one it follows. */
@Component
public class DefaultTalkService implements TalkService {

	@Reference(target = IntegrityUnit.TARGET)
	private EntityManagerFactory emf;

	@Reference
	private StaffRecords records;

	@Override
	public List<Talk> talks(String staffNo, Principal reader) {
		return records.of(TalkEntity.class, staffNo, reader, Messages.readTalks);
	}

	@Override
	public Optional<Talk> talk(long id) {
		return Jpa.read(emf, em -> Optional.ofNullable(em.find(TalkEntity.class, id)).map(TalkEntity::toRecord));
	}

	@Override
	public Talk record(Talk talk, Principal actor) {
		records.checkWrite(actor);
		if (talk.escalatedFrom() != null) {
			throw new ValidationException(Messages.talkEscalateDirectly);
		}
		Staff staff = validate(talk);
		Talk stored = store(talk);
		records.audit(actor, "integrity.talk.record", staff.staffNo(),
				stored.recordNo() + " " + stored.level().label() + " " + stored.date() + " " + staff.name());
		return stored;
	}

	@Override
	public Talk escalate(long fromTalkId, Talk next, Principal actor) {
		records.checkWrite(actor);
		Talk from = talk(fromTalkId)
				.orElseThrow(() -> new NotFoundException(NLS.bind(Messages.talkNotFound, fromTalkId)));
		TalkLevel level = from.level().next();
		Checks checks = new Checks();
		if (level == null) {
			checks.fail(NLS.bind(Messages.talkHighestLevel, from.level().label()));
		}
		if (escalationOf(fromTalkId).isPresent()) {
			checks.fail(NLS.bind(Messages.talkAlreadyEscalated, from.recordNo()));
		}
		if (!from.staffNo().equals(next.staffNo())) {
			checks.fail(NLS.bind(Messages.talkOtherStaff, next.staffNo(), from.staffNo()));
		}
		if (next.date().isBefore(from.date())) {
			checks.fail(NLS.bind(Messages.talkBeforeOrigin, next.date(), from.date()));
		}
		checks.throwIfAny();
		Talk escalated = new Talk(0, next.recordNo(), from.staffNo(), level, next.date(), next.heldBy(),
				next.reason(), next.content(), next.followUp(), fromTalkId);
		validate(escalated);
		Talk stored = store(escalated);
		records.audit(actor, "integrity.talk.escalate", stored.staffNo(), NLS.bind(Messages.auditTalkEscalated,
				new Object[] { from.recordNo(), from.level().label(), stored.recordNo(), stored.level().label() }));
		return stored;
	}

	@Override
	public Optional<Talk> escalationOf(long talkId) {
		return Jpa.read(emf, em -> em
				.createQuery("select t from TalkEntity t where t.escalatedFrom = :id", TalkEntity.class)
				.setParameter("id", talkId).getResultList().stream().findFirst().map(TalkEntity::toRecord));
	}

	private Staff validate(Talk talk) {
		Checks checks = new Checks();
		Staff staff = records.staff(talk.staffNo(), checks);
		checks.required(talk.heldBy(), Messages.fieldHeldBy);
		checks.required(talk.reason(), Messages.fieldReason);
		checks.maxLength(talk.heldBy(), Messages.fieldHeldBy, 100);
		checks.maxLength(talk.reason(), Messages.fieldReason, 1000);
		checks.maxLength(talk.content(), Messages.fieldContent, 4000);
		checks.maxLength(talk.followUp(), Messages.fieldFollowUp, 2000);
		checks.throwIfAny();
		return staff;
	}

	private Talk store(Talk t) {
		return records.store(t.recordNo(), TalkEntity.class, "YT", t.date().getYear(),
				no -> new Talk(0, no, t.staffNo(), t.level(), t.date(), t.heldBy(), t.reason(), t.content(),
						t.followUp(), t.escalatedFrom()));
	}
}
