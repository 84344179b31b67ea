package ducha.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CasePermissions;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRecord;
import ducha.cases.CasesTargets;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.jpa.Jpa;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;
import ducha.core.spi.FoundRecord;
import ducha.core.spi.RecordFinder;

/**
 * The quick-find's cases: by part of the 案号 (ASCII brackets read as the register's full-width ones), and by the
 * 承办人's 姓名/工号 when the viewer may read the directory; only cases of the viewer's departments, newest filing first.
 */
@Component(service = RecordFinder.class)
public class CaseFinder implements RecordFinder {

	/** Cases of at most this many matching judges are looked for: a name's first character matches many. */
	private static final int JUDGES = 20;

	@Reference
	private CasesUnit unit;

	@Override
	public List<FoundRecord> find(String text, Principal viewer, int limit) {
		if (!RecordFinder.searchable(text) || !unit.authorization.isPermitted(viewer, CasePermissions.READ)
				|| CaseJpql.seesNothing(viewer)) {
			return List.of();
		}
		Map<String, CaseEntity> found = new LinkedHashMap<>();
		byNumber(text, viewer, limit).forEach(c -> found.putIfAbsent(c.toRecord().number().text(), c));
		if (found.size() < limit) {
			byJudge(text, viewer, limit).forEach(c -> found.putIfAbsent(c.toRecord().number().text(), c));
		}
		DepartmentNames departments = unit.directory.departmentNames();
		return found.values().stream().limit(limit).map(c -> hit(c.toRecord(), departments)).toList();
	}

	private List<CaseEntity> byNumber(String text, Principal viewer, int limit) {
		String number = RecordFinder.normalise(text).replace('(', '（').replace(')', '）');
		CaseJpql jpql = new CaseJpql().filter(CaseQuery.ALL, viewer, LocalDate.now())
				.add("c.caseNo like :number escape '\\'", "number", RecordFinder.containsPattern(number));
		return read(jpql, limit);
	}

	private List<CaseEntity> byJudge(String text, Principal viewer, int limit) {
		if (!unit.authorization.isPermitted(viewer, CorePermissions.STAFF_READ)) {
			return List.of();
		}
		List<String> judges = unit.directory.staff(new StaffQuery(null, null, text.strip()), viewer).stream()
				.limit(JUDGES).map(Staff::staffNo).toList();
		if (judges.isEmpty()) {
			return List.of();
		}
		CaseJpql jpql = new CaseJpql().filter(CaseQuery.ALL, viewer, LocalDate.now())
				.add("c.judgeNo in :judges", "judges", new ArrayList<>(judges));
		return read(jpql, limit);
	}

	private List<CaseEntity> read(CaseJpql jpql, int limit) {
		return Jpa.read(unit.emf, em -> jpql.query(em, "select c from CaseEntity c" + jpql.where()
				+ " order by c.filingDate desc, c.caseNo desc", CaseEntity.class).setMaxResults(limit).getResultList());
	}

	private FoundRecord hit(CaseRecord c, DepartmentNames departments) {
		String judge = unit.directory.staff(c.judgeNo()).map(Staff::name).orElse(c.judgeNo());
		String line = String.join(" · ", c.cause(), judge, departments.name(c.departmentCode()), c.status().label());
		return new FoundRecord(Messages.findCaseKind, c.number().text(), line, CasesTargets.REGISTER,
				c.number().text());
	}
}
