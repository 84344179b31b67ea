package ducha.core.internal.plugins;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.DuchaException;
import ducha.core.Modules;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.internal.CoreUnit;
import ducha.core.internal.jpa.DisabledPluginEntity;
import ducha.core.plugins.DisabledPlugin;
import ducha.core.plugins.PluginSwitchService;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;

/**
 * The plugin switches on table {@code disabled_plugin}, applied to this runtime by stopping and starting the
 * plugins' bundles transiently: the persistent start settings that p2 wrote stay as they are, so a plugin that is
 * switched on again (here or on another desktop) starts as installed.
 */
@Component
public class DefaultPluginSwitchService implements PluginSwitchService {

	private static final ILog LOG = ILog.of(DefaultPluginSwitchService.class);
	private static final String TYPE = "plugin";

	@Reference
	private CoreUnit unit;

	private BundleContext context;

	@Activate
	void activate(BundleContext bundleContext) {
		this.context = bundleContext;
	}

	@Override
	public Map<String, DisabledPlugin> disabled() {
		return unit.read(em -> {
			Map<String, DisabledPlugin> result = new LinkedHashMap<>();
			em.createQuery("select d from DisabledPluginEntity d order by d.plugin", DisabledPluginEntity.class)
					.getResultList().forEach(d -> result.put(d.plugin(),
							new DisabledPlugin(d.plugin(), d.disabledBy(), d.disabledAt())));
			return result;
		});
	}

	@Override
	public void disable(String plugin, Principal actor) {
		unit.authorization().check(actor, CorePermissions.PLUGINS_ADMIN);
		if (PLATFORM.equals(plugin)) {
			throw new ValidationException(Messages.platformCannotBeDisabled);
		}
		if (bundlesOf(plugin).isEmpty()) {
			throw new NotFoundException(NLS.bind(Messages.notInstalled, plugin));
		}
		unit.run(em -> {
			if (em.find(DisabledPluginEntity.class, plugin) != null) {
				throw new ValidationException(NLS.bind(Messages.alreadyDisabled, plugin));
			}
			em.persist(new DisabledPluginEntity(plugin, actor.username(), Instant.now()));
			unit.audit().write(em, actor, "plugin.disable", TYPE, plugin, NLS.bind(Messages.auditDisabled, plugin));
		});
		applyToRuntime();
	}

	@Override
	public void enable(String plugin, Principal actor) {
		unit.authorization().check(actor, CorePermissions.PLUGINS_ADMIN);
		unit.run(em -> {
			DisabledPluginEntity row = em.find(DisabledPluginEntity.class, plugin);
			if (row == null) {
				throw new ValidationException(NLS.bind(Messages.notDisabled, plugin));
			}
			em.remove(row);
			unit.audit().write(em, actor, "plugin.enable", TYPE, plugin, NLS.bind(Messages.auditEnabled, plugin));
		});
		applyToRuntime();
	}

	@Override
	public void applyToRuntime() {
		Set<String> off = disabled().keySet();
		List<Bundle> plugins = Arrays.stream(context.getBundles())
				.filter(b -> pluginOf(b) != null && !PLATFORM.equals(pluginOf(b)))
				// a plugin's core before its UI when starting, the reverse when stopping
				.sorted(Comparator.comparing(b -> b.getSymbolicName().endsWith(".ui"))).toList();
		for (Bundle bundle : plugins.reversed()) {
			if (off.contains(pluginOf(bundle))) {
				stop(bundle);
			}
		}
		for (Bundle bundle : plugins) {
			if (!off.contains(pluginOf(bundle))) {
				startIfStoppedBySwitch(bundle);
			}
		}
	}

	private static void stop(Bundle bundle) {
		if ((bundle.getState() & (Bundle.ACTIVE | Bundle.STARTING)) == 0) {
			return;
		}
		try {
			bundle.stop(Bundle.STOP_TRANSIENT);
			LOG.info(NLS.bind("Plugin bundle {0} stopped: its plugin is switched off", bundle.getSymbolicName()));
		} catch (BundleException e) {
			throw new DuchaException(NLS.bind(Messages.stopFailed, bundle.getSymbolicName(), e.getMessage()), e);
		}
	}

	/**
	 * A bundle that p2 marked to start, that the framework's start level has reached, and that is only resolved:
	 * a switch stopped it (here, since a plugin switched on elsewhere was never stopped in this runtime).
	 */
	private void startIfStoppedBySwitch(Bundle bundle) {
		BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
		int frameworkLevel = context.getBundle(0).adapt(FrameworkStartLevel.class).getStartLevel();
		if (bundle.getState() != Bundle.RESOLVED || level == null || !level.isPersistentlyStarted()
				|| level.getStartLevel() > frameworkLevel) {
			return;
		}
		try {
			bundle.start(Bundle.START_TRANSIENT | (level.isActivationPolicyUsed() ? Bundle.START_ACTIVATION_POLICY : 0));
			LOG.info(NLS.bind("Plugin bundle {0} started: its plugin is switched on", bundle.getSymbolicName()));
		} catch (BundleException e) {
			throw new DuchaException(NLS.bind(Messages.startFailed, bundle.getSymbolicName(), e.getMessage()), e);
		}
	}

	private List<Bundle> bundlesOf(String plugin) {
		return Arrays.stream(context.getBundles()).filter(b -> plugin.equals(pluginOf(b))).toList();
	}

	private static String pluginOf(Bundle bundle) {
		// "" asks for the raw header: the value is an id, not a label to localise
		return bundle.getHeaders("").get(Modules.HEADER);
	}
}
