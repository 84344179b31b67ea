package ducha.integrity.internal.ledger;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.Staff;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.security.Principal;
import ducha.integrity.Talk;
import ducha.integrity.TalkLevel;
import ducha.integrity.internal.Messages;
import ducha.integrity.internal.jpa.TalkEntity;

/**
 * 约谈台账 ({@code integrity.talks}): the three-level talks; 升级自 names the 编号 of the talk escalated, 谈话人工号 the
 * staff member who held it (optional: files from before it was kept have none; 谈话人 left empty is their name).
 */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class TalkLedger extends IntegrityLedger<TalkLedger.TalkRow> {

	static final LedgerColumn NO = new LedgerColumn("recordNo", "编号", true, "YT2024-001", "约谈记录的固定编号");
	static final LedgerColumn STAFF = new LedgerColumn("staffNo", "工号", true, "10001", "被约谈干警的工号，须已在干警名册中");
	static final LedgerColumn LEVEL = new LedgerColumn("level", "约谈层级", true, "部门负责人提醒谈",
			"部门负责人提醒谈、分管领导重点谈、院党组问责谈（也可写 提醒谈、重点谈、问责谈）");
	static final LedgerColumn DATE = new LedgerColumn("date", "约谈日期", true, "2024-03-05", "不能晚于今天");
	static final LedgerColumn HELD_BY = new LedgerColumn("heldBy", "谈话人", false, "民一庭庭长 李明",
			"职务和姓名，按记录所写；填了谈话人工号时可不填，取其姓名").limit(100);
	static final LedgerColumn HELD_BY_NO = new LedgerColumn("heldByStaffNo", "谈话人工号", false, "10002",
			"主持谈话的干警的工号，须已在干警名册中（计入其履职业绩）");
	static final LedgerColumn REASON = new LedgerColumn("reason", "约谈事由", true, "审限内未结案件较多", "").limit(1000);
	static final LedgerColumn CONTENT = new LedgerColumn("content", "谈话内容", false, "指出问题，提出整改要求", "").limit(4000);
	static final LedgerColumn FOLLOW_UP = new LedgerColumn("followUp", "后续要求", false, "一个月内回访", "").limit(2000);
	static final LedgerColumn FROM = new LedgerColumn("escalatedFrom", "升级自", false, "",
			"由哪次约谈升级而来：填那次约谈的编号（须为同一干警、低一级的约谈）").limit(30);

	private static final String LEVELS = "部门负责人提醒谈、分管领导重点谈、院党组问责谈";

	/** One row: the talk and the 编号 of the talk it escalates. */
	record TalkRow(Talk talk, String escalatedFromNo) {
	}

	@Activate
	public TalkLedger(@Reference LedgerSupport support) {
		super(support, "integrity.talks", "约谈台账",
				List.of(NO, STAFF, LEVEL, DATE, HELD_BY, HELD_BY_NO, REASON, CONTENT, FOLLOW_UP, FROM), NO);
	}

	@Override
	protected TalkRow parse(LedgerRowValidator v, LedgerRow row) {
		String staffNo = staffNo(v, row, STAFF);
		TalkLevel level = v.choice(row, LEVEL, TalkLevel::parse, LEVELS);
		LocalDate date = v.date(row, DATE, LocalDate.now());
		String heldBy = v.text(row, HELD_BY);
		Staff talker = v.staff(row, HELD_BY_NO, support.directory);
		if (heldBy == null && talker != null) {
			heldBy = talker.name();
		} else if (heldBy == null && row.get(HELD_BY_NO.key()) == null) {
			v.problem(row, HELD_BY, NLS.bind(Messages.ledgerHeldByMissing, HELD_BY.header(), HELD_BY_NO.header()));
		}
		String reason = v.text(row, REASON);
		String content = v.text(row, CONTENT);
		String followUp = v.text(row, FOLLOW_UP);
		String from = v.text(row, FROM);
		if (v.hasProblems(row)) {
			return null;
		}
		return new TalkRow(new Talk(0, row.get(NO.key()), staffNo, level, date, heldBy,
				talker == null ? null : talker.staffNo(), reason, content, followUp, null, 0), from);
	}

	@Override
	protected List<TalkRow> check(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows,
			List<TalkRow> records) {
		Map<String, Talk> inFile = new HashMap<>();
		records.forEach(r -> inFile.put(r.talk().recordNo(), r.talk()));
		Map<String, Talk> stored = new HashMap<>();
		// a talk is escalated once (escalation_of is unique): by whom, in the file or stored
		Map<String, String> escalatedBy = new HashMap<>();
		for (int i = 0; i < records.size(); i++) {
			TalkRow r = records.get(i);
			if (r.escalatedFromNo() == null) {
				continue;
			}
			Talk from = inFile.get(r.escalatedFromNo());
			if (from == null) {
				from = stored.computeIfAbsent(r.escalatedFromNo(), no -> storedTalk(em, no));
			}
			LedgerRow row = rows.get(i);
			if (from == null) {
				v.problem(row, FROM, NLS.bind(Messages.ledgerNoSuchTalk, r.escalatedFromNo()));
			} else if (!from.staffNo().equals(r.talk().staffNo())) {
				v.problem(row, FROM, NLS.bind(Messages.ledgerTalkOtherStaff,
						new Object[] { r.escalatedFromNo(), from.staffNo(), r.talk().staffNo() }));
			} else if (from.level().next() != r.talk().level()) {
				v.problem(row, FROM, NLS.bind(Messages.ledgerTalkWrongLevel, new Object[] { r.escalatedFromNo(),
						from.level().label(),
						from.level().next() == null ? Messages.ledgerTalkHighest : from.level().next().label() }));
			} else if (r.talk().date().isBefore(from.date())) {
				v.problem(row, FROM, NLS.bind(Messages.ledgerTalkBeforeOrigin, r.escalatedFromNo(), from.date()));
			} else {
				String by = escalatedBy.computeIfAbsent(r.escalatedFromNo(),
						no -> storedEscalation(em, no).orElse(r.talk().recordNo()));
				if (!by.equals(r.talk().recordNo())) {
					v.problem(row, FROM, NLS.bind(Messages.ledgerTalkEscalatedTwice, r.escalatedFromNo(), by));
				}
			}
		}
		return records;
	}

	/** The 编号 of the stored talk that escalates the talk of the given 编号, if any. */
	private static Optional<String> storedEscalation(EntityManager em, String recordNo) {
		return em.createQuery("select t.recordNo from TalkEntity t, TalkEntity f where t.escalatedFrom = f.id"
				+ " and f.recordNo = :no order by t.id", String.class).setParameter("no", recordNo).getResultList()
				.stream().findFirst();
	}

	private static Talk storedTalk(EntityManager em, String recordNo) {
		TalkEntity entity = byKey(em, TalkEntity.class, "recordNo", recordNo);
		return entity == null ? null : entity.toRecord();
	}

	@Override
	protected Stored upsert(EntityManager em, TalkRow record) {
		return upsert(em, TalkEntity.class, "recordNo", record.talk().recordNo(), record.talk());
	}

	@Override
	protected void afterStore(EntityManager em, List<TalkRow> records) {
		for (TalkRow r : records) {
			if (r.escalatedFromNo() != null) {
				TalkEntity talk = byKey(em, TalkEntity.class, "recordNo", r.talk().recordNo());
				talk.escalatedFrom(byKey(em, TalkEntity.class, "recordNo", r.escalatedFromNo()).id());
			}
		}
	}

	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		List<Talk> talks = records(em, TalkEntity.class, "recordNo");
		Map<Long, String> numbers = new HashMap<>();
		talks.forEach(t -> numbers.put(t.id(), t.recordNo()));
		Predicate<String> visible = support.staffVisibleTo(reader);
		return talks.stream().filter(t -> visible.test(t.staffNo()))
				.map(t -> List.of(t.recordNo(), t.staffNo(), t.level().label(), t.date().toString(), cell(t.heldBy()),
						cell(t.heldByStaffNo()), cell(t.reason()), cell(t.content()), cell(t.followUp()),
						cell(numbers.get(t.escalatedFrom()))))
				.toList();
	}
}
