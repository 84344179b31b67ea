package ducha.app.internal.views;

import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import ducha.app.AppModel;
import ducha.app.ui.Rights;
import ducha.app.ui.ShowsSubsets;
import ducha.core.spi.ViewTargets;
import jakarta.inject.Inject;

/**
 * Opens a view from its part descriptor in the main part stack, or activates it when it is already open; a core's
 * logical target ({@link ViewTargets}) opens the descriptor tagged {@code ducha.target:<target>}. One instance per
 * window context (it uses that window's part service).
 */
@Creatable
public class PartOpener {

	private static final ILog LOG = ILog.of(PartOpener.class);

	private final EPartService parts;
	private final EModelService models;
	private final MApplication application;
	private final Rights rights;

	@Inject
	public PartOpener(EPartService parts, EModelService models, MApplication application, Rights rights) {
		this.parts = parts;
		this.models = models;
		this.application = application;
		this.rights = rights;
	}

	/**
	 * Opens the view that claims the target; a target naming a subset ({@link ViewTargets#subset}) then has the view
	 * show only that subset, when the view knows it ({@link ShowsSubsets}).
	 *
	 * @return the shown part of the view that claims the target, or empty when no installed view that the account
	 *         may use claims it (the plugin has no UI here, or the view is not for this account)
	 */
	public Optional<MPart> openTarget(String target) {
		String tag = ViewTargets.tag(target);
		Optional<MPartDescriptor> descriptor = application.getDescriptors().stream()
				.filter(d -> d.getTags().contains(tag) && ViewCatalog.permitted(d, rights)).findFirst();
		if (descriptor.isEmpty()) {
			LOG.warn("No view the account may use claims the target " + target);
			return Optional.empty();
		}
		Optional<MPart> part = open(descriptor.get().getElementId());
		String subset = ViewTargets.subsetOf(target);
		if (subset != null && part.isPresent() && part.get().getObject() instanceof ShowsSubsets view) {
			view.showSubset(subset);
		}
		return part;
	}

	/** @return the shown part, or empty when no descriptor has the id (its plugin is not installed) */
	public Optional<MPart> open(String descriptorId) {
		MPart part = parts.findPart(descriptorId);
		if (part == null) {
			part = parts.createPart(descriptorId);
			if (part == null) {
				LOG.warn("No part descriptor " + descriptorId + ": its plugin is not installed");
				return Optional.empty();
			}
			if (models.find(AppModel.MAIN_PART_STACK_ID, application) instanceof MPartStack stack) {
				stack.getChildren().add(part);
			}
		}
		part.setVisible(true);
		part.setToBeRendered(true);
		return Optional.ofNullable(parts.showPart(part, PartState.ACTIVATE));
	}
}
