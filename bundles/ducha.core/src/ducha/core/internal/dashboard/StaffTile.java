package ducha.core.internal.dashboard;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.Language;
import ducha.core.directory.EmploymentStatus;
import ducha.core.internal.jpa.FilteredQuery;
import ducha.core.jpa.Jpa;
import ducha.core.security.AuthorizationService;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.DeclaredTile;
import ducha.core.spi.TileValue;
import ducha.core.spi.ViewTargets;

/** 在职干警: staff serving now in the viewer's departments, and over how many departments. */
@Component(service = DashboardTile.class)
public class StaffTile extends DeclaredTile {

	@Reference(target = "(osgi.unit.name=ducha.core)")
	private EntityManagerFactory emf;

	@Reference
	private AuthorizationService authorization;

	public StaffTile() {
		super("core.staff", Messages.Staff_title, 10, ViewTargets.STAFF);
	}

	/** Counts the staff directory: only for those who may open it. */
	@Override
	public boolean concerns(Principal viewer) {
		return authorization.isPermitted(viewer, CorePermissions.STAFF_READ);
	}

	@Override
	public TileValue compute(Principal viewer) {
		if (!viewer.scope().all() && viewer.scope().departmentCodes().isEmpty()) {
			return new TileValue("0", Language.format(Messages.Staff_caption, 0), TileValue.Level.NORMAL);
		}
		FilteredQuery select = new FilteredQuery(
				"select count(s), count(distinct s.departmentCode) from StaffEntity s where 1 = 1")
				.and("s.status = :status", "status", EmploymentStatus.ACTIVE)
				.inScope("s.departmentCode", viewer.scope());
		Object[] counts = Jpa.read(emf, em -> select.create(em, "", Object[].class).getSingleResult());
		return new TileValue(String.valueOf(counts[0]), Language.format(Messages.Staff_caption, counts[1]),
				TileValue.Level.NORMAL);
	}
}
