package ducha.integrity.internal.records;

import ducha.core.jpa.Jpa;

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
		return records.of(TalkEntity.class, staffNo, reader, "约谈记录");
	}

	@Override
	public Optional<Talk> talk(long id) {
		return Jpa.read(emf, em -> Optional.ofNullable(em.find(TalkEntity.class, id)).map(TalkEntity::toRecord));
	}

	@Override
	public Talk record(Talk talk, Principal actor) {
		records.checkWrite(actor);
		if (talk.escalatedFrom() != null) {
			throw new ValidationException("升级约谈请使用“升级”，不能直接指定升级来源");
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
		Talk stored = store(escalated);
		records.audit(actor, "integrity.talk.escalate", stored.staffNo(), from.recordNo() + " "
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
		Staff staff = records.staff(talk.staffNo(), checks);
		checks.required(talk.heldBy(), "谈话人");
		checks.required(talk.reason(), "约谈事由");
		checks.maxLength(talk.heldBy(), "谈话人", 100);
		checks.maxLength(talk.reason(), "约谈事由", 1000);
		checks.maxLength(talk.content(), "谈话内容", 4000);
		checks.maxLength(talk.followUp(), "后续要求", 2000);
		checks.throwIfAny();
		return staff;
	}

	private Talk store(Talk t) {
		return records.store(t.recordNo(), TalkEntity.class, "YT", t.date().getYear(),
				no -> new TalkEntity(new Talk(0, no, t.staffNo(), t.level(), t.date(), t.heldBy(), t.reason(),
						t.content(), t.followUp(), t.escalatedFrom())));
	}
}
