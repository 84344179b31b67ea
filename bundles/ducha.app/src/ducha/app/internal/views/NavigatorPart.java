package ducha.app.internal.views;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TreeItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The left navigator: every view that installed plugins contribute, grouped by category. A click opens the view
 * in the main part stack or brings it to the front.
 */
public class NavigatorPart {

	@Inject
	private MApplication application;

	@Inject
	@Optional
	private TranslationService translations;

	@Inject
	private PartOpener opener;

	private TreeViewer viewer;

	@PostConstruct
	void create(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION);
		viewer.setContentProvider(new CatalogContent());
		viewer.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> switch (element) {
		case ViewCategory category -> category.name();
		case ViewEntry view -> view.label();
		default -> String.valueOf(element);
		}));
		refresh();
		viewer.getTree().addListener(SWT.MouseUp, event -> {
			TreeItem item = viewer.getTree().getItem(new Point(event.x, event.y));
			if (item != null && item.getData() instanceof ViewEntry view) {
				opener.open(view.descriptorId());
			}
		});
		viewer.addOpenListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof ViewEntry view) {
				opener.open(view.descriptorId());
			}
		});
	}

	private void refresh() {
		viewer.setInput(ViewCatalog.read(application, translations, Messages.Navigator_otherCategory));
		viewer.expandAll();
	}

	/**
	 * Plugins' model fragments can arrive after this part was created (a bundle that starts later, a plugin
	 * installed while the workbench runs): list the views again whenever the application's descriptors change.
	 */
	@Inject
	@Optional
	void descriptorsChanged(@UIEventTopic(UIEvents.PartDescriptorContainer.TOPIC_DESCRIPTORS) Object event) {
		if (viewer != null && !viewer.getTree().isDisposed()) {
			refresh();
		}
	}

	@Focus
	void focus() {
		viewer.getTree().setFocus();
	}

	/** Categories at the top, their views below. */
	private static final class CatalogContent extends ArrayContentProvider implements ITreeContentProvider {

		@Override
		public Object[] getChildren(Object element) {
			return element instanceof ViewCategory category ? category.views().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof ViewCategory category && !category.views().isEmpty();
		}

		@Override
		public Object[] getElements(Object input) {
			return input instanceof List<?> list ? list.toArray() : new Object[0];
		}
	}
}
