package ducha.app.internal.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import ducha.app.AppModel;
import ducha.app.ui.TitledDialog;

/** Which of the plugins a repository offers to install: one checkbox a plugin, with the offered version. */
final class PluginChoiceDialog extends TitledDialog {

	private final Map<String, String> offered;
	private final String repository;
	private CheckboxTableViewer viewer;
	private List<String> chosen = List.of();

	/** @param offered plugin id → version, the platform left out */
	PluginChoiceDialog(Shell parent, String repository, Map<String, String> offered) {
		super(parent, Messages.About_installTitle);
		this.repository = repository;
		this.offered = offered;
	}

	@Override
	protected void fill(Composite area) {
		new Label(area, SWT.WRAP).setText(NLS.bind(Messages.About_installChoose, repository));
		viewer = CheckboxTableViewer.newCheckList(area, SWT.BORDER);
		viewer.getTable().setData(AppModel.WIDGET_KEY, "about.install.choice");
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 160).applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element + "  " + offered.get(element);
			}
		});
		viewer.setInput(new ArrayList<>(offered.keySet()));
	}

	@Override
	protected void okPressed() {
		chosen = new ArrayList<>();
		for (Object element : viewer.getCheckedElements()) {
			chosen.add((String) element);
		}
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.About_install, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** The plugins checked when the dialog was closed with 安装. */
	List<String> chosen() {
		return chosen;
	}
}
