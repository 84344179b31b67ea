package ducha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import ducha.cli.ExitCodes;
import ducha.core.plugins.PluginSwitchService;
import ducha.core.spi.CliContribution;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import picocli.CommandLine.Command;

/**
 * {@code ducha-cli plugins}: switching a plugin off stops its bundles in this runtime and records who did it in
 * the shared database; switching it on starts them again. The plugin here is a bundle made by the test that
 * carries only the {@code Ducha-Module} header (the product's real plugins are removed, reinstalled, switched off
 * and on by releng/scripts/plugins-lifecycle.sh).
 */
class PluginsCommandTest {

	private static final String PLUGIN = "sample";
	private static Bundle sample;

	@BeforeAll
	static void installSamplePlugin() throws IOException, BundleException {
		BundleContext context = FrameworkUtil.getBundle(PluginsCommandTest.class).getBundleContext();
		sample = context.installBundle("test:ducha.sample.core", new ByteArrayInputStream(pluginJar()));
		sample.start();
		DemoCourt.ensureSeeded();
	}

	@AfterAll
	static void uninstallSamplePlugin() throws BundleException {
		Services.get(PluginSwitchService.class).disabled().keySet().stream().filter(PLUGIN::equals)
				.forEach(p -> Services.get(PluginSwitchService.class).enable(p, Principal.system("test")));
		sample.uninstall();
	}

	@Test
	void disableStopsThePluginAndEnableStartsItAgain() {
		Cli.Result list = Cli.run("plugins", "list");
		assertEquals(ExitCodes.OK, list.exitCode(), list::toString);
		assertTrue(list.out().lines().anyMatch(l -> l.startsWith(PLUGIN) && l.contains("运行中")), list::toString);

		Cli.Result off = Cli.run("plugins", "disable", PLUGIN);
		assertEquals(ExitCodes.OK, off.exitCode(), off::toString);
		assertEquals(Bundle.RESOLVED, sample.getState(), "the switched-off plugin's bundle is stopped");
		assertTrue(Services.get(PluginSwitchService.class).disabled().containsKey(PLUGIN));
		Cli.Result listed = Cli.run("plugins", "list");
		assertTrue(listed.out().lines().anyMatch(l -> l.startsWith(PLUGIN) && l.contains("已停用")), listed::toString);

		Cli.Result again = Cli.run("plugins", "disable", PLUGIN);
		assertEquals(ExitCodes.REJECTED, again.exitCode(), again::toString);

		Cli.Result on = Cli.run("plugins", "enable", PLUGIN);
		assertEquals(ExitCodes.OK, on.exitCode(), on::toString);
		assertEquals(Bundle.ACTIVE, sample.getState(), "the switched-on plugin's bundle runs again");
		assertTrue(!Services.get(PluginSwitchService.class).disabled().containsKey(PLUGIN));
	}

	@Test
	void aSwitchRecordedElsewhereIsAppliedWhenACommandStarts() throws BundleException {
		// another desktop switched the plugin off: this runtime still runs it until it applies the switches
		Services.get(PluginSwitchService.class).disable(PLUGIN, Principal.system("other-desktop"));
		sample.start(Bundle.START_TRANSIENT);
		assertEquals(Bundle.ACTIVE, sample.getState());

		Cli.Result remind = Cli.run("remind");
		assertEquals(ExitCodes.OK, remind.exitCode(), remind::toString);
		assertEquals(Bundle.RESOLVED, sample.getState(), "a command applies the court's switches first");

		Services.get(PluginSwitchService.class).enable(PLUGIN, Principal.system("other-desktop"));
		assertEquals(Bundle.ACTIVE, sample.getState());
	}

	@Test
	void helpListsASwitchedOffPluginsCommandWhichIsRefusedWhenRun() throws BundleException {
		AtomicInteger runs = new AtomicInteger();
		Services.get(PluginSwitchService.class).disable(PLUGIN, Principal.system("other-desktop"));
		ServiceRegistration<CliContribution> command;
		try {
			// another desktop switched it off: this runtime still runs the plugin until a command applies the switches
			sample.start(Bundle.START_TRANSIENT);
			registerSampleCommand(runs);

			Cli.Result help = Cli.anonymous("--help");
			assertEquals(ExitCodes.OK, help.exitCode(), help::toString);
			assertTrue(help.out().contains("sample-cmd"), "help lists what is installed: " + help);
			Cli.Result ownHelp = Cli.anonymous("sample-cmd", "--help");
			assertEquals(ExitCodes.OK, ownHelp.exitCode(), ownHelp::toString);
			assertTrue(ownHelp.out().contains("sample-cmd"), ownHelp::toString);
			Cli.Result anonymous = Cli.anonymous("sample-cmd");
			assertEquals(ExitCodes.NOT_LOGGED_IN, anonymous.exitCode(), "no log-in, no word of the switches");

			Cli.Result refused = Cli.run("sample-cmd");
			assertEquals(ExitCodes.REJECTED, refused.exitCode(), refused::toString);
			assertTrue(refused.err().contains("sample-cmd") && refused.err().contains("plugins enable " + PLUGIN),
					refused::toString);
			assertEquals(0, runs.get(), "the switched-off plugin's command did not run");
			assertEquals(Bundle.RESOLVED, sample.getState(), "and the switches were applied");
		} finally {
			Services.get(PluginSwitchService.class).enable(PLUGIN, Principal.system("other-desktop"));
		}
		assertEquals(Bundle.ACTIVE, sample.getState());
		command = registerSampleCommand(runs); // the stopped bundle's registration went with it
		Cli.Result ran = Cli.run("sample-cmd");
		assertEquals(ExitCodes.OK, ran.exitCode(), ran::toString);
		assertEquals(1, runs.get());
		command.unregister();
	}

	/** A command of the sample plugin, registered by its bundle (as its component would be). */
	private static ServiceRegistration<CliContribution> registerSampleCommand(AtomicInteger runs) {
		return sample.getBundleContext().registerService(CliContribution.class, new CliContribution() {
			@Override
			public String name() {
				return "sample-cmd";
			}

			@Override
			public Object newCommand() {
				return new SampleCommand(runs);
			}
		}, null);
	}

	@Command(name = "sample-cmd")
	static final class SampleCommand implements Callable<Integer> {

		private final AtomicInteger runs;

		SampleCommand(AtomicInteger runs) {
			this.runs = runs;
		}

		@Override
		public Integer call() {
			runs.incrementAndGet();
			return ExitCodes.OK;
		}
	}

	@Test
	void thePlatformAndUnknownPluginsAreRefused() {
		assertEquals(ExitCodes.REJECTED, Cli.run("plugins", "disable", "platform").exitCode());
		assertEquals(ExitCodes.REJECTED, Cli.run("plugins", "disable", "nosuchplugin").exitCode());
		assertEquals(ExitCodes.REJECTED, Cli.run("plugins", "enable", PLUGIN).exitCode(), "not switched off");
		assertEquals(ExitCodes.REJECTED, Cli.run("plugins", "disable", "Bad-Name").exitCode());
	}

	@Test
	void onlyAnAdministratorMaySwitchPlugins() {
		Principal director = new Principal("director", "主任", null, Set.of(Role.OFFICE_DIRECTOR), DepartmentScope.ALL);
		PluginSwitchService switches = Services.get(PluginSwitchService.class);
		assertThrows(AccessDeniedException.class, () -> switches.disable(PLUGIN, director));
		assertEquals(Bundle.ACTIVE, sample.getState());
		assertTrue(!switches.disabled().containsKey(PLUGIN));
	}

	@Test
	void installingNeedsAnInstalledProduct() {
		// the test runtime has no ducha-p2 beside it: refused with a message, nothing changed
		Cli.Result install = Cli.run("plugins", "install", "cases", "--repository", "file:/nonexistent");
		assertEquals(ExitCodes.REJECTED, install.exitCode(), install::toString);
		assertTrue(install.err().contains("ducha-p2"), install::toString);
	}

	/** A bundle with nothing but the headers that make it a Ducha plugin. */
	private static byte[] pluginJar() throws IOException {
		Manifest manifest = new Manifest();
		Attributes attributes = manifest.getMainAttributes();
		attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		attributes.putValue("Bundle-ManifestVersion", "2");
		attributes.putValue("Bundle-SymbolicName", "ducha.sample.core");
		attributes.putValue("Bundle-Version", "1.0.0");
		attributes.putValue("Ducha-Module", PLUGIN);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			// the manifest is all
		}
		return bytes.toByteArray();
	}
}
