package ducha.integrity.internal.records;

import ducha.core.jpa.Jpa;

import ducha.integrity.internal.jpa.IntegrityUnit;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.audit.AuditLog;
import ducha.core.directory.Staff;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.integrity.IntegrityPermissions;
import ducha.integrity.Talk;
import ducha.integrity.TalkLevel;
import ducha.integrity.TalkService;
import ducha.integrity.internal.archive.ArchiveAccess;
import ducha.integrity.internal.jpa.TalkEntity;

/** Talks on table {@code integrity_talk}; an escalation is a new talk pointing at the one it follows. */
@Component
public class DefaultTalkService implements TalkService {

	@Reference(target = IntegrityUnit.TARGET)
	private EntityManagerFactory emf;

	@Reference
	private ArchiveAccess access;

	@Reference
	private AuthorizationService authorization;

	@Reference
	private AuditLog audit;

	@Override
	public List<Talk> talks(String staffNo, Principal reader) {
		access.checkRead(access.staff(staffNo), reader, "约谈记录");
		return Jpa.read(emf, em -> em
				.createQuery("select t from TalkEntity t where t.staffNo = :no order by t.date, t.id", TalkEntity.class)
				.setParameter("no", staffNo).getResultList().stream().map(TalkEntity::toRecord).toList());
	}

	@Override
	public Optional<Talk> talk(long id) {
		return Jpa.read(emf, em -> Optional.ofNullable(em.find(TalkEntity.class, id)).map(TalkEntity::toRecord));
	}

	@Override
	public Talk record(Talk talk, Principal actor) {
		authorization.check(actor, IntegrityPermissions.RECORDS_WRITE);
		if (talk.escalatedFrom() != null) {
			throw new ValidationException("升级约谈请使用“升级”，不能直接指定升级来源");
		}
		Staff staff = validate(talk);
		Talk stored = Jpa.write(emf, em -> persist(em, talk));
		audit.record(actor, "integrity.talk.record", "staff", staff.staffNo(),
				stored.recordNo() + " " + stored.level().label() + " " + stored.date() + " " + staff.name());
		return stored;
	}

	@Override
	public Talk escalate(long fromTalkId, Talk next, Principal actor) {
		authorization.check(actor, IntegrityPermissions.RECORDS_WRITE);
		Talk from = talk(fromTalkId).orElseThrow(() -> new NotFoundException("没有编号为 " + fromTalkId + " 的约谈记录"));
		TalkLevel level = from.level().next();
		Checks checks = new Checks();
		if (level == null) {
			checks.fail(from.level().label() + "已是最高一级约谈，不能再升级");
		}
		if (escalationOf(fromTalkId).isPresent()) {
			checks.fail("约谈 " + from.recordNo() + " 已经升级过");
		}
		if (!from.staffNo().equals(next.staffNo())) {
			checks.fail("升级后的约谈对象（" + next.staffNo() + "）须与原约谈对象（" + from.staffNo() + "）一致");
		}
		if (next.date().isBefore(from.date())) {
			checks.fail("升级后的约谈日期 " + next.date() + " 早于原约谈日期 " + from.date());
		}
		checks.throwIfAny();
		Talk escalated = new Talk(0, next.recordNo(), from.staffNo(), level, next.date(), next.heldBy(),
				next.reason(), next.content(), next.followUp(), fromTalkId);
		validate(escalated);
		Talk stored = Jpa.write(emf, em -> persist(em, escalated));
		audit.record(actor, "integrity.talk.escalate", "staff", stored.staffNo(), from.recordNo() + " "
				+ from.level().label() + " 升级为 " + stored.recordNo() + " " + stored.level().label());
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
		Staff staff = null;
		try {
			staff = access.staff(talk.staffNo());
		} catch (NotFoundException e) {
			checks.fail(e.getMessage());
		}
		checks.required(talk.heldBy(), "谈话人");
		checks.required(talk.reason(), "约谈事由");
		checks.maxLength(talk.heldBy(), "谈话人", 100);
		checks.maxLength(talk.reason(), "约谈事由", 1000);
		checks.maxLength(talk.content(), "谈话内容", 4000);
		checks.maxLength(talk.followUp(), "后续要求", 2000);
		checks.throwIfAny();
		return staff;
	}

	private static Talk persist(EntityManager em, Talk talk) {
		String no = talk.recordNo() == null || talk.recordNo().isBlank()
				? RecordNumbers.next(em, "TalkEntity", "YT", talk.date().getYear())
				: talk.recordNo();
		TalkEntity entity = new TalkEntity(new Talk(0, no, talk.staffNo(), talk.level(), talk.date(), talk.heldBy(),
				talk.reason(), talk.content(), talk.followUp(), talk.escalatedFrom()));
		em.persist(entity);
		em.flush();
		return entity.toRecord();
	}
}
