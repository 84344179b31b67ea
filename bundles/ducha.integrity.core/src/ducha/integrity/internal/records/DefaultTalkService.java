package ducha.integrity.internal.records;

import org.eclipse.osgi.util.NLS;

import ducha.core.jpa.DuplicateKey;
import ducha.core.jpa.Jpa;
import ducha.core.jpa.Versions;
import ducha.integrity.internal.Messages;

import ducha.integrity.internal.jpa.IntegrityUnit;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.DuchaException;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.audit.AuditLog;
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

	/** Names who changed a talk another desktop is about to escalate. */
	@Reference
	private AuditLog audit;

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
		Checked checked = validate(talk);
		return store(checked.talk(), 0, actor, "integrity.talk.record", done -> done.recordNo() + " "
				+ done.level().label() + " " + done.date() + " " + checked.staff().name());
	}

	@Override
	public Talk escalate(long fromTalkId, long seenVersion, Talk next, Principal actor) {
		records.checkWrite(actor);
		Talk from = talk(fromTalkId)
				.orElseThrow(() -> new NotFoundException(NLS.bind(Messages.talkNotFound, fromTalkId)));
		expect(from.version(), seenVersion, from);
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
		// the talker is the new talk's own: a higher level is held by someone more senior
		Talk escalated = new Talk(0, next.recordNo(), from.staffNo(), level, next.date(), next.heldBy(),
				next.heldByStaffNo(), next.reason(), next.content(), next.followUp(), fromTalkId, 0);
		try {
			return store(validate(escalated).talk(), seenVersion, actor, "integrity.talk.escalate",
					done -> NLS.bind(Messages.auditTalkEscalated, new Object[] { from.recordNo(),
							from.level().label(), done.recordNo(), done.level().label() }));
		} catch (DuchaException e) {
			// another desktop escalated the talk since the check above: the unique escalation_of refused this one
			if (DuplicateKey.isCause(e) && escalationOf(fromTalkId).isPresent()) {
				throw new ValidationException(NLS.bind(Messages.talkAlreadyEscalated, from.recordNo()));
			}
			throw e;
		}
	}

	@Override
	public Optional<Talk> escalationOf(long talkId) {
		return Jpa.read(emf, em -> em
				.createQuery("select t from TalkEntity t where t.escalatedFrom = :id", TalkEntity.class)
				.setParameter("id", talkId).getResultList().stream().findFirst().map(TalkEntity::toRecord));
	}

	/** A talk that passed the checks, its 谈话人 filled in, and the staff member talked to. */
	private record Checked(Talk talk, Staff staff) {
	}

	/**
	 * Checks the talk: the person talked to and the talker are staff members of the directory, the texts are
	 * there and fit. A 谈话人 left blank is the talker's name.
	 */
	private Checked validate(Talk talk) {
		Checks checks = new Checks();
		Staff staff = records.staff(talk.staffNo(), checks);
		checks.required(talk.heldByStaffNo(), Messages.fieldHeldByStaffNo);
		Staff talker = records.known(talk.heldByStaffNo(), Messages.fieldHeldByStaffNo, checks);
		String heldBy = talk.heldBy();
		if ((heldBy == null || heldBy.isBlank()) && talker != null) {
			heldBy = talker.name();
		}
		if (talk.heldByStaffNo() == null || talk.heldByStaffNo().isBlank()) {
			checks.required(heldBy, Messages.fieldHeldBy);
		}
		checks.required(talk.reason(), Messages.fieldReason);
		checks.maxLength(heldBy, Messages.fieldHeldBy, 100);
		checks.maxLength(talk.reason(), Messages.fieldReason, 1000);
		checks.maxLength(talk.content(), Messages.fieldContent, 4000);
		checks.maxLength(talk.followUp(), Messages.fieldFollowUp, 2000);
		checks.throwIfAny();
		return new Checked(new Talk(talk.id(), talk.recordNo(), talk.staffNo(), talk.level(), talk.date(), heldBy,
				talker.staffNo(), talk.reason(), talk.content(), talk.followUp(), talk.escalatedFrom(), 0), staff);
	}

	/**
	 * Stores the talk and audits it as {@code action} in the same transaction. An escalation also changes the talk
	 * it follows, as the caller saw it at {@code seenVersion}.
	 */
	private Talk store(Talk t, long seenVersion, Principal actor, String action, Function<Talk, String> detail) {
		return records.store(t.recordNo(), TalkEntity.class, "YT", t.date().getYear(),
				no -> new Talk(0, no, t.staffNo(), t.level(), t.date(), t.heldBy(), t.heldByStaffNo(), t.reason(),
						t.content(), t.followUp(), t.escalatedFrom(), 0),
				(em, done) -> {
					if (done.escalatedFrom() != null) {
						escalated(em, done.escalatedFrom(), seenVersion);
					}
					records.audit(em, actor, action, done.staffNo(), detail.apply(done));
				});
	}

	/**
	 * Moves the version of the escalated talk inside the escalation's transaction: a desktop still showing it as
	 * open to escalation is refused, and of two escalations at the same moment the later is refused at commit.
	 */
	private void escalated(EntityManager em, long talkId, long seenVersion) {
		TalkEntity from = em.find(TalkEntity.class, talkId);
		Talk seen = from.toRecord();
		expect(from.version(), seenVersion, seen);
		em.lock(from, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
	}

	/** Refuses a change of a talk made from a view of it older than the stored one, naming the last change. */
	private void expect(long stored, long seenVersion, Talk talk) {
		// the plugin audits its records under the staff member they are about
		Versions.expect(stored, seenVersion, audit, "staff", talk.staffNo(),
				NLS.bind(Messages.talkLabel, talk.recordNo()));
	}
}
