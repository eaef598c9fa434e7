package dev.lightwork.codegen;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's code generator outside Eclipse: loads model/lightwork.genmodel, reconciles it with the .ecore and
 * writes the model code and the .edit bundle's item providers into fresh src-gen/ folders (deleted first, so removed classes do not linger; hand-written
 * code lives in src/ and is never touched).
 */
public final class GenerateModelCode {

    public static void main(String[] args) throws IOException {
        Path bundle = Path.of(args.length > 0 ? args[0] : "bundles/dev.lightwork.model").toAbsolutePath().normalize();
        Path genmodel = bundle.resolve("model/lightwork.genmodel");
        if (!Files.isRegularFile(genmodel)) {
            throw new IllegalArgumentException("No genmodel at " + genmodel);
        }
        // platform:/resource/dev.lightwork.model/... (used by the genmodel's modelDirectory) maps to the bundle folder
        EcorePlugin.getPlatformResourceMap().put(bundle.getFileName().toString(),
                URI.createFileURI(bundle.toString() + File.separator));

        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

        Resource resource = resources.getResource(URI.createFileURI(genmodel.toString()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        completeGenPackage(genModel, resource);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        IStatus valid = genModel.validate();
        if (valid.getSeverity() == IStatus.ERROR) {
            throw new IllegalStateException("Invalid genmodel: " + valid);
        }

        Path srcGen = bundle.resolve("src-gen");
        // The .edit bundle (item providers, generated icons) sits next to the model bundle.
        Path editBundle = bundle.resolveSibling(bundle.getFileName() + ".edit");
        Path editSrcGen = editBundle.resolve("src-gen");
        EcorePlugin.getPlatformResourceMap().put(editBundle.getFileName().toString(),
                URI.createFileURI(editBundle.toString() + File.separator));
        deleteTree(srcGen);
        deleteTree(editSrcGen);
        // Outside Eclipse the generator-adapter registry is not filled from plugin.xml: register the model generator.
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor.Printing(System.out));
            report(result, "");
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException("Generation failed (" + projectType + "): " + result);
            }
        }
        for (Path dir : List.of(srcGen, editSrcGen)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                System.out.println("Generated " + walk.filter(p -> p.toString().endsWith(".java")).count() + " Java files into " + dir);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * A hand-written genmodel may name only the package settings; EMF's IDE wizard would add one GenClass per
     * EClass. Do the same here (keeping the settings) and save, so the committed genmodel is complete.
     */
    private static void completeGenPackage(GenModel genModel, Resource resource) throws IOException {
        GenPackage settings = genModel.getGenPackages().get(0);
        if (!settings.getGenClassifiers().isEmpty()) {
            return;
        }
        EPackage ePackage = settings.getEcorePackage();
        genModel.getGenPackages().clear();
        genModel.initialize(List.of(ePackage));
        GenPackage complete = genModel.getGenPackages().get(0);
        complete.setPrefix(settings.getPrefix());
        complete.setBasePackage(settings.getBasePackage());
        complete.setFileExtensions(settings.getFileExtensions());
        complete.setResource(settings.getResource());
        complete.setDisposableProviderFactory(settings.isDisposableProviderFactory());
        complete.setDataTypeConverters(settings.isDataTypeConverters());
        resource.save(null);
    }

    private static void report(Diagnostic d, String indent) {
        if (d.getSeverity() != Diagnostic.OK) {
            System.out.println(indent + d.getMessage() + (d.getException() != null ? " (" + d.getException() + ")" : ""));
        }
        d.getChildren().forEach(c -> report(c, indent + "  "));
    }
}
