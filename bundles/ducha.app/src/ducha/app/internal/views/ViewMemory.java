package ducha.app.internal.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import ducha.app.AppModel;
import ducha.app.ui.Rights;
import jakarta.inject.Inject;

/**
 * Remembers which views of the main part stack an account had open, and which was active, when it logs out or the
 * workbench closes ({@link RememberedViews}), and opens them again at its next log-in: only the views still
 * contributed by a running plugin that the account may use now (the navigator's rules, {@link ViewCatalog}), so a
 * removed plugin or a withdrawn role leaves nothing behind. The home page opens at every log-in, and is active
 * when no remembered view was. Made in the main window's context for the account logged in.
 */
@Creatable
public class ViewMemory {

	private static final ILog LOG = ILog.of(ViewMemory.class);

	private final EPartService parts;
	private final EModelService models;
	private final MApplication application;
	private final Rights rights;
	private final RememberedViews store = new RememberedViews();

	@Inject
	public ViewMemory(EPartService parts, EModelService models, MApplication application, Rights rights) {
		this.parts = parts;
		this.models = models;
		this.application = application;
		this.rights = rights;
	}

	/** Remembers the views the logged-in account has open now. A file that cannot be written is logged only. */
	public void remember() {
		if (!(models.find(AppModel.MAIN_PART_STACK_ID, application) instanceof MPartStack stack)) {
			return;
		}
		List<String> ids = new ArrayList<>();
		for (MUIElement child : stack.getChildren()) {
			if (child instanceof MPart part && part.isToBeRendered() && part.isVisible()
					&& descriptor(part.getElementId()).isPresent()) {
				ids.add(part.getElementId());
			}
		}
		String active = stack.getSelectedElement() instanceof MPart selected && ids.contains(selected.getElementId())
				? selected.getElementId()
				: null;
		MPart focused = parts.getActivePart();
		if (focused != null && ids.contains(focused.getElementId())) {
			active = focused.getElementId();
		}
		String username = rights.principal().username();
		try {
			store.write(username, new RememberedViews.Views(ids, active));
		} catch (IOException | RuntimeException e) {
			LOG.warn("The open views of " + username + " could not be remembered", e);
		}
	}

	/**
	 * Opens the home page and the views the account had open when it last left, and activates the one that was
	 * active (the home page when that one cannot be opened for it).
	 */
	public void restore() {
		String username = rights.principal().username();
		RememberedViews.Views views;
		try {
			views = store.read(username);
		} catch (IOException | RuntimeException e) {
			LOG.warn("The open views of " + username + " could not be read; the home page opens", e);
			views = new RememberedViews.Views(List.of(), null);
		}
		PartOpener opener = new PartOpener(parts, models, application, rights);
		// the home page opens at every log-in, as it did before views were remembered: it is the account's dashboard
		opener.open(AppModel.HOME_PART_ID);
		List<String> opened = new ArrayList<>();
		for (String id : views.ids()) {
			if (descriptor(id).filter(d -> ViewCatalog.contributorRuns(d) && ViewCatalog.permitted(d, rights))
					.isPresent() && opener.open(id).isPresent()) {
				opened.add(id);
			}
		}
		String active = views.active() != null && opened.contains(views.active()) ? views.active()
				: AppModel.HOME_PART_ID;
		parts.showPart(active, PartState.ACTIVATE);
	}

	private Optional<MPartDescriptor> descriptor(String id) {
		return application.getDescriptors().stream().filter(d -> d.getElementId().equals(id)).findFirst();
	}
}
