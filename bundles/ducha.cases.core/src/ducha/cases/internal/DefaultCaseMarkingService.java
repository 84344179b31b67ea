package ducha.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CaseMarking;
import ducha.cases.CaseMarkingService;
import ducha.cases.CasePage;
import ducha.cases.CasePermissions;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRecord;
import ducha.cases.MarkKind;
import ducha.cases.MarkedCase;
import ducha.cases.PageKey;
import ducha.core.ValidationException;
import ducha.core.jpa.Jpa;
import ducha.core.security.Principal;

/**
 * Four-kinds and major-case marks on the append-only event table. The four kinds' list reads the register's stored
 * flag ({@link FourKindsFlag}, one index range in the list's order); the major-case list joins the register with
 * the current marks (the few marked cases drive the join, the register's key finds each case). Both page by
 * (filing date, 案号).
 */
@Component
public class DefaultCaseMarkingService implements CaseMarkingService {


	@Reference
	private CasesUnit unit;

	@Override
	public CaseMarking mark(String caseNo, MarkKind kind, String reason, Principal actor) {
		return change(caseNo, kind, reason, true, actor);
	}

	@Override
	public CaseMarking unmark(String caseNo, MarkKind kind, String reason, Principal actor) {
		return change(caseNo, kind, reason, false, actor);
	}

	private CaseMarking change(String caseNo, MarkKind kind, String reason, boolean mark, Principal actor) {
		unit.authorization.check(actor, CasePermissions.MARK);
		if (kind == null) {
			throw new ValidationException(Messages.markKindMissing);
		}
		String text = MarkEvents.reason(reason, mark ? "标记" + kind.label() : "取消" + kind.label() + "标记");
		CaseMarking event = Jpa.write(unit.emf, em -> {
			CaseEntity c = MarkEvents.visibleCase(em, caseNo, actor);
			CaseMarking done = MarkEvents.append(em, c.caseNo(), kind, mark, text, actor, null).toMarking();
			unit.audit.recordIn(em, actor, mark ? "cases.mark" : "cases.unmark", "case_register", done.caseNo(),
					done.actionLabel() + "“" + kind.label() + "”：" + text);
			return done;
		});
		return event;
	}

	@Override
	public List<CaseMarking> history(String caseNo, Principal reader) {
		unit.authorization.check(reader, CasePermissions.READ);
		return Jpa.read(unit.emf, em -> {
			CaseEntity c = MarkEvents.visibleCase(em, caseNo, reader);
			return em.createQuery("select e from MarkEventEntity e where e.caseNo = :no order by e.id",
					MarkEventEntity.class).setParameter("no", c.caseNo()).getResultList().stream()
					.map(MarkEventEntity::toMarking).toList();
		});
	}

	@Override
	public Set<MarkKind> kindsOf(String caseNo, Principal reader) {
		unit.authorization.check(reader, CasePermissions.READ);
		Set<MarkKind> kinds = EnumSet.noneOf(MarkKind.class);
		Jpa.read(unit.emf, em -> {
			CaseEntity c = MarkEvents.visibleCase(em, caseNo, reader);
			em.createQuery("select e.kind from MarkEventEntity e where e.caseNo = :no and " + MarkEvents.CURRENT,
					MarkKind.class).setParameter("no", c.caseNo()).getResultList().forEach(kinds::add);
			return null;
		});
		return kinds;
	}

	@Override
	public long count(Set<MarkKind> kinds, CaseQuery query, LocalDate asOf, Principal reader) {
		unit.authorization.check(reader, CasePermissions.READ);
		if (kinds.isEmpty() || CaseJpql.seesNothing(reader)) {
			return 0;
		}
		if (flagged(kinds)) {
			CaseJpql jpql = fourKinds(kinds, query, asOf, reader);
			return Jpa.read(unit.emf, em -> jpql.query(em, "select count(c) from CaseEntity c" + jpql.where(),
					Long.class).getSingleResult());
		}
		CaseJpql jpql = current(kinds, query, asOf, reader);
		return Jpa.read(unit.emf, em -> jpql.query(em,
				"select count(distinct c.caseNo) from CaseEntity c, MarkEventEntity e" + jpql.where(), Long.class)
				.getSingleResult());
	}

	@Override
	public CasePage<MarkedCase> marked(Set<MarkKind> kinds, CaseQuery query, LocalDate asOf, PageKey after,
			int limit, Principal reader) {
		if (!unit.mayReadPage(reader, limit) || kinds.isEmpty()) {
			return new CasePage<>(List.of(), null);
		}
		boolean flagged = flagged(kinds);
		CaseJpql jpql = (flagged ? fourKinds(kinds, query, asOf, reader) : current(kinds, query, asOf, reader))
				.after(after, false);
		String select = flagged ? "select c from CaseEntity c"
				: "select distinct c from CaseEntity c, MarkEventEntity e";
		List<MarkedCase> rows = Jpa.read(unit.emf, em -> {
			List<CaseRecord> cases = jpql.query(em, select + jpql.where() + " order by c.filingDate, c.caseNo",
					CaseEntity.class).setMaxResults(limit + 1).getResultList().stream().map(CaseEntity::toRecord)
					.toList();
			if (cases.isEmpty()) {
				return List.<MarkedCase>of();
			}
			Map<String, List<CaseMarking>> marks = new LinkedHashMap<>();
			cases.forEach(r -> marks.put(r.number().text(), new ArrayList<>()));
			em.createQuery("select e from MarkEventEntity e where e.caseNo in :nos and e.kind in :kinds and "
					+ MarkEvents.CURRENT + " order by e.id", MarkEventEntity.class)
					.setParameter("nos", List.copyOf(marks.keySet())).setParameter("kinds", List.copyOf(kinds))
					.getResultList().forEach(e -> marks.get(e.caseNo()).add(e.toMarking()));
			return cases.stream().map(r -> new MarkedCase(r, r.ageOn(asOf), marks.get(r.number().text())))
					.toList();
		});
		return DefaultCaseRegister.page(rows, limit, MarkedCase::record);
	}

	/** Lists of the four kinds or of some of them read the stored flag; others (major cases, a mix) the marks. */
	private static boolean flagged(Set<MarkKind> kinds) {
		return MarkKind.fourKinds().containsAll(kinds);
	}

	/**
	 * Register filters and scope on the cases flagged as carrying one of the four kinds ({@link FourKindsFlag}): one
	 * range of the flag index, already in the list's order (filing date, 案号), so a page reads only its rows and
	 * the count only the flagged index entries. A list of some of the four kinds keeps the cases that carry one of
	 * those, still in the index's order.
	 */
	private static CaseJpql fourKinds(Set<MarkKind> kinds, CaseQuery query, LocalDate asOf, Principal reader) {
		CaseJpql jpql = new CaseJpql().filter(query, reader, asOf).add("c.fourKinds = 1", null, null);
		if (!kinds.containsAll(MarkKind.fourKinds())) {
			jpql.add("exists (select e from MarkEventEntity e where e.caseNo = c.caseNo and e.kind in :kinds and "
					+ MarkEvents.CURRENT + ")", "kinds", List.copyOf(kinds));
		}
		return jpql;
	}

	/** Register filters and scope, joined with the current marks of the kinds. */
	private static CaseJpql current(Set<MarkKind> kinds, CaseQuery query, LocalDate asOf, Principal reader) {
		return new CaseJpql().filter(query, reader, asOf).add("c.caseNo = e.caseNo", null, null)
				.add("e.kind in :kinds", "kinds", List.copyOf(kinds)).add(MarkEvents.CURRENT, null, null);
	}
}
