package ducha.core.internal.dashboard;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.Language;
import ducha.core.directory.SupervisorRole;
import ducha.core.internal.jpa.FilteredQuery;
import ducha.core.jpa.Jpa;
import ducha.core.security.AuthorizationService;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.DeclaredTile;
import ducha.core.spi.TileValue;
import ducha.core.spi.ViewTargets;

/** 督察员: political and integrity supervisors serving today in the viewer's departments. */
@Component(service = DashboardTile.class)
public class SupervisorTile extends DeclaredTile {

	@Reference(target = "(osgi.unit.name=ducha.core)")
	private EntityManagerFactory emf;

	@Reference
	private AuthorizationService authorization;

	public SupervisorTile() {
		super("core.supervisors", Messages.Supervisors_title, 20, ViewTargets.STAFF);
	}

	/** Counts the staff directory: only for those who may open it. */
	@Override
	public boolean concerns(Principal viewer) {
		return authorization.isPermitted(viewer, CorePermissions.STAFF_READ);
	}

	@Override
	public TileValue compute(Principal viewer) {
		long political = 0;
		long integrity = 0;
		if (viewer.scope().all() || !viewer.scope().departmentCodes().isEmpty()) {
			for (Object[] row : countByRole(viewer, LocalDate.now())) {
				long n = ((Number) row[1]).longValue();
				if (row[0] == SupervisorRole.POLITICAL_SUPERVISOR) {
					political = n;
				} else {
					integrity = n;
				}
			}
		}
		return new TileValue(String.valueOf(political + integrity),
				Language.format(Messages.Supervisors_caption, SupervisorRole.POLITICAL_SUPERVISOR.label(), political,
						SupervisorRole.INTEGRITY_SUPERVISOR.label(), integrity),
				TileValue.Level.NORMAL);
	}

	private List<Object[]> countByRole(Principal viewer, LocalDate today) {
		FilteredQuery select = new FilteredQuery(
				"select a.role, count(a) from SupervisorAssignmentEntity a where 1 = 1")
				.and("a.role in :roles", "roles",
						List.of(SupervisorRole.POLITICAL_SUPERVISOR, SupervisorRole.INTEGRITY_SUPERVISOR))
				.and("a.startDate <= :day and (a.endDate is null or a.endDate >= :day)", "day", today)
				.inScope("a.departmentCode", viewer.scope());
		return Jpa.read(emf, em -> select.create(em, "group by a.role", Object[].class).getResultList());
	}
}
