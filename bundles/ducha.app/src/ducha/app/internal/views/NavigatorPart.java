package ducha.app.internal.views;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

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
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.FrameworkUtil;

import ducha.app.ui.Rights;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The left navigator: every view that installed plugins contribute and the logged-in account may use, grouped by
 * category, listed again when another account logs in. A click opens the view
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

	private Rights rights;

	private TreeViewer viewer;

	/** Set while a listing caused by bundle events waits for the UI thread: a burst of events lists once. */
	private final AtomicBoolean bundleRefreshPending = new AtomicBoolean();

	/**
	 * A plugin switched off or on stops or starts its bundles: list the views again. After the log-in the
	 * framework still activates lazy bundles one by one (each an event): those list the views once, not once each.
	 */
	private final BundleListener bundleChanges = event -> {
		if (event.getType() == BundleEvent.STOPPED || event.getType() == BundleEvent.STARTED
				|| event.getType() == BundleEvent.LAZY_ACTIVATION) {
			TreeViewer current = viewer;
			if (current != null && !current.getTree().isDisposed() && bundleRefreshPending.compareAndSet(false, true)) {
				current.getTree().getDisplay().asyncExec(() -> {
					bundleRefreshPending.set(false);
					if (!current.getTree().isDisposed()) {
						refresh();
					}
				});
			}
		}
	};

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
		bundleContext().addBundleListener(bundleChanges);
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

	/**
	 * Who is logged in, again after every 注销 / 切换用户 (the context's principal changed): the views listed are those
	 * the new account may use.
	 */
	@Inject
	void account(Principal principal, AuthorizationService authorization) {
		rights = new Rights(principal, authorization);
		if (viewer != null && !viewer.getTree().isDisposed()) {
			refresh();
		}
	}

	@PreDestroy
	void dispose() {
		bundleContext().removeBundleListener(bundleChanges);
	}

	private static BundleContext bundleContext() {
		return FrameworkUtil.getBundle(NavigatorPart.class).getBundleContext();
	}

	private void refresh() {
		List<ViewCategory> catalog = ViewCatalog.read(application, translations, rights,
				Messages.Navigator_otherCategory);
		viewer.setInput(catalog);
		viewer.expandAll();
		ViewListFile.write(catalog);
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
