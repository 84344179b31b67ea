package ducha.app.internal.find;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

import ducha.app.internal.views.PartOpener;
import ducha.app.ui.OpensRecords;
import ducha.core.spi.FoundRecord;
import jakarta.inject.Inject;

/** Opens a hit of the quick-find: the view claiming its target, which then shows the record ({@link OpensRecords}). */
@Creatable
public class HitOpener {

	private final PartOpener opener;

	@Inject
	public HitOpener(PartOpener opener) {
		this.opener = opener;
	}

	/** @return false when no installed view claims the hit's target */
	public boolean open(FoundRecord hit) {
		MPart part = opener.openTarget(hit.target()).orElse(null);
		if (part == null) {
			return false;
		}
		if (part.getObject() instanceof OpensRecords view) {
			view.openRecord(hit.reference());
		}
		return true;
	}
}
