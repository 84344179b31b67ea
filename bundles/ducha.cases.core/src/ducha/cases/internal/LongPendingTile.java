package ducha.cases.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CasePermissions;
import ducha.cases.CaseQuery;
import ducha.cases.CasesTargets;
import ducha.cases.WatchListService;
import ducha.core.directory.DepartmentNames;
import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.DeclaredTile;
import ducha.core.spi.TileValue;

/**
 * 长期未结案: the open cases the rule table flags today in the viewer's departments, with the departments holding
 * most of them in the caption (one grouped count). Highlighted as a warning when there is any.
 */
@Component(service = DashboardTile.class)
public class LongPendingTile extends DeclaredTile {

	/** Departments named in the caption. */
	static final int TOP = 3;

	@Reference
	private WatchListService watch;

	@Reference
	private CasesUnit unit;

	public LongPendingTile() {
		super("cases.long-pending", Messages.tileLongPending, 31, CasesTargets.WATCH_LIST);
	}

	/** Only for viewers who may read what it counts: the home page leaves it out for the others. */
	@Override
	public boolean concerns(Principal viewer) {
		return unit.authorization.isPermitted(viewer, CasePermissions.READ);
	}

	@Override
	public TileValue compute(Principal viewer) {
		if (!concerns(viewer)) {
			return new TileValue("—", Messages.noRightToSeeCases, TileValue.Level.NORMAL);
		}
		Map<String, Long> perDepartment = watch.countLongPendingByDepartment(CaseQuery.ALL, LocalDate.now(), viewer);
		long total = perDepartment.values().stream().mapToLong(Long::longValue).sum();
		if (total == 0) {
			return new TileValue("0", Messages.noLongPending, TileValue.Level.NORMAL);
		}
		return new TileValue(String.valueOf(total), NLS.bind(Messages.mostLongPending, most(perDepartment)),
				TileValue.Level.WARNING);
	}

	/** e.g. 民事审判第一庭 12 件、刑事审判庭 8 件; ties in the unit.directory's order. */
	private String most(Map<String, Long> perDepartment) {
		DepartmentNames departments = unit.directory.departmentNames();
		List<String> ordered = departments.sorted(perDepartment.keySet());
		return ordered.stream().sorted(Comparator.comparing((String code) -> perDepartment.get(code)).reversed())
				.limit(TOP).map(code -> NLS.bind(Messages.departmentCases, departments.name(code), perDepartment.get(code)))
				.collect(Collectors.joining("、"));
	}
}
