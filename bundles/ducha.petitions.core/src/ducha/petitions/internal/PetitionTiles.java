package ducha.petitions.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.DeclaredTile;
import ducha.core.spi.TileValue;
import ducha.petitions.Petition;
import ducha.petitions.PetitionPermissions;
import ducha.petitions.PetitionService;
import ducha.petitions.PetitionSubset;

/**
 * The three dashboard figures over the open petitions the viewer may see (在办, 本周到期, 超期): one tile each,
 * registered while the petitions service is there.
 */
@Component(immediate = true)
public class PetitionTiles {

	/** What a tile counts, and how it looks when the count is not zero. */
	record Figure(String id, int order, String title, String caption, TileValue.Level whenAny,
			PetitionSubset counts) {
	}

	static final List<Figure> FIGURES = List.of(
			new Figure("petitions.open", 200, Messages.tileOpen, Messages.tileOpenCaption, TileValue.Level.NORMAL,
					PetitionSubset.OPEN),
			new Figure("petitions.due-this-week", 210, Messages.tileDueThisWeek, Messages.tileDueThisWeekCaption,
					TileValue.Level.WARNING, PetitionSubset.DUE_THIS_WEEK),
			new Figure("petitions.overdue", 220, Messages.tileOverdue, Messages.tileOverdueCaption,
					TileValue.Level.ALERT, PetitionSubset.OVERDUE));

	/**
	 * Got when a tile computes, not when the tiles are registered: the tiles are immediate, and holding the service
	 * itself would activate it, and with it the plugin's persistence unit, in every run of {@code ducha-cli}, which
	 * shows no tile. The tiles are still registered only while the service is.
	 */
	@Reference
	private ComponentServiceObjects<PetitionService> petitions;

	@Reference
	private AuthorizationService authorization;

	private final List<ServiceRegistration<DashboardTile>> registrations = new ArrayList<>();

	@Activate
	void activate(BundleContext context) {
		for (Figure figure : FIGURES) {
			registrations.add(context.registerService(DashboardTile.class, new CountTile(figure), null));
		}
	}

	@Deactivate
	void deactivate() {
		registrations.forEach(ServiceRegistration::unregister);
		registrations.clear();
	}

	/** One figure's tile. */
	private final class CountTile extends DeclaredTile {

		private final Figure figure;

		CountTile(Figure figure) {
			// a click shows the petitions the tile counts
			super(figure.id(), figure.title(), figure.order(), figure.counts().target());
			this.figure = figure;
		}

		/** Only for viewers who may read what it counts: the home page leaves it out for the others. */
		@Override
		public boolean concerns(Principal viewer) {
			return authorization.isPermitted(viewer, PetitionPermissions.READ);
		}

		@Override
		public TileValue compute(Principal viewer) {
			if (!concerns(viewer)) {
				return new TileValue("—", Messages.tileNoRight, TileValue.Level.NORMAL);
			}
			LocalDate today = LocalDate.now();
			PetitionService service = petitions.getService();
			long n;
			try {
				n = service.list(viewer).stream().filter(p -> figure.counts().includes(p, today)).count();
			} finally {
				petitions.ungetService(service);
			}
			return new TileValue(String.valueOf(n), figure.caption(), n > 0 ? figure.whenAny() : TileValue.Level.NORMAL);
		}
	}
}
