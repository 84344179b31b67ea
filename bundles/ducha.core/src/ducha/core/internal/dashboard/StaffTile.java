package ducha.core.internal.dashboard;

import ducha.core.jpa.Jpa;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.EmploymentStatus;
import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.TileValue;
import ducha.core.spi.ViewTargets;

/** 在职干警: staff serving now in the viewer's departments, and over how many departments. */
@Component
public class StaffTile implements DashboardTile {

	@Reference(target = "(osgi.unit.name=ducha.core)")
	private EntityManagerFactory emf;

	@Override
	public String id() {
		return "core.staff";
	}

	@Override
	public String title() {
		return "在职干警";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public TileValue compute(Principal viewer) {
		if (!viewer.scope().all() && viewer.scope().departmentCodes().isEmpty()) {
			return new TileValue("0", "分布在 0 个部门", TileValue.Level.NORMAL);
		}
		String jpql = "select count(s), count(distinct s.departmentCode) from StaffEntity s where s.status = :status"
				+ (viewer.scope().all() ? "" : " and s.departmentCode in :scope");
		Object[] counts = Jpa.read(emf, em -> {
			TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class).setParameter("status",
					EmploymentStatus.ACTIVE);
			if (!viewer.scope().all()) {
				q.setParameter("scope", viewer.scope().departmentCodes());
			}
			return q.getSingleResult();
		});
		return new TileValue(String.valueOf(counts[0]), "分布在 " + counts[1] + " 个部门", TileValue.Level.NORMAL);
	}

	@Override
	public String target() {
		return ViewTargets.STAFF;
	}
}
