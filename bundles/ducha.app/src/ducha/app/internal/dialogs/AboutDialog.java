package ducha.app.internal.dialogs;

import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ducha.app.AppModel;
import ducha.app.internal.OsgiServices;
import ducha.app.ui.TitledDialog;
import ducha.core.security.Principal;
import ducha.persistence.DatabaseInfo;
import ducha.persistence.DatabaseService;

/**
 * 帮助 → 关于: the product and its version, the installed Ducha plugins with version and state, and the database
 * (connection, product, schema version per bundle) read in the background. An administrator (plugins.admin) also
 * switches the selected plugin off or on for the whole court here, and in an installed product installs plugins
 * from a p2 repository folder or uninstalls the selected one (effective when the workbench starts next).
 */
final class AboutDialog extends TitledDialog {

	private final UISynchronize sync;
	private final Principal principal;
	private Text database;
	private TableViewer modules;

	AboutDialog(Shell parent, UISynchronize sync, Principal principal) {
		super(parent, Messages.About_shellTitle);
		this.sync = sync;
		this.principal = principal;
	}

	@Override
	protected void fill(Composite area) {
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(area);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), area);
		IProduct product = Platform.getProduct();
		Label name = new Label(area, SWT.NONE);
		name.setText(product == null ? Messages.About_shellTitle : product.getName());
		name.setFont(resources.create(FontDescriptor.createFrom(name.getFont()).setHeight(16).setStyle(SWT.BOLD)));
		if (product != null && product.getDefiningBundle() != null) {
			new Label(area, SWT.NONE)
					.setText(NLS.bind(Messages.About_version, product.getDefiningBundle().getVersion()));
		}
		new Label(area, SWT.NONE).setText(Messages.About_modules);
		createModuleTable(area);
		PluginButtons.addIfPermitted(area, modules, principal, sync,
				() -> modules.setInput(InstalledModule.all(OsgiServices.context())));
		new Label(area, SWT.NONE).setText(Messages.About_database);
		database = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(560, 110).applyTo(database);
		database.setText(Messages.About_databaseLoading);
		loadDatabaseInfo();
	}

	private void createModuleTable(Composite area) {
		TableViewer viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION);
		modules = viewer;
		viewer.getTable().setData(AppModel.WIDGET_KEY, "about.modules");
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 200).applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(viewer, Messages.About_colModule, 100, InstalledModule::name);
		column(viewer, Messages.About_colBundle, 200, InstalledModule::symbolicName);
		column(viewer, Messages.About_colVersion, 150, InstalledModule::version);
		column(viewer, Messages.About_colState, 90, InstalledModule::stateLabel);
		viewer.setInput(InstalledModule.all(OsgiServices.context()));
	}

	private static void column(TableViewer viewer, String title, int width, Function<InstalledModule, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> text.apply((InstalledModule) e)));
	}

	private void loadDatabaseInfo() {
		Job.create(Messages.About_databaseJob, monitor -> {
			String text;
			try {
				text = OsgiServices.find(DatabaseService.class).map(AboutDialog::describe)
						.orElse(Messages.About_databaseMissing);
			} catch (RuntimeException e) {
				text = NLS.bind(Messages.About_databaseFailed, e.getMessage());
			}
			String shown = text;
			sync.asyncExec(() -> {
				if (!database.isDisposed()) {
					database.setText(shown);
				}
			});
		}).schedule();
	}

	private static String describe(DatabaseService service) {
		if (service.failure().isPresent()) {
			return NLS.bind(Messages.About_databaseFailed, service.failure().get().message());
		}
		DatabaseInfo info = service.info();
		StringBuilder text = new StringBuilder();
		text.append(NLS.bind(Messages.About_connection, info.connection())).append('\n');
		text.append(NLS.bind(Messages.About_product, info.product())).append('\n');
		text.append(Messages.About_schemas).append('\n');
		for (Map.Entry<String, String> schema : info.schemaVersions().entrySet()) {
			text.append("  ").append(schema.getKey()).append(": ").append(schema.getValue()).append('\n');
		}
		return text.toString();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
