package dev.lightwork.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.lightwork.model.Channel;
import dev.lightwork.model.Dsp;
import dev.lightwork.model.Lane;
import dev.lightwork.model.LightworkFactory;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;

/**
 * Load/save of a generated 100,000-element design: EMF's default XMI options against the tuned options of
 * DesignFiles (secure parser pool, deferred IDREF resolution) and against EMF's binary resource.
 */
final class ModelBenchmark {

    static final int TARGET_ELEMENTS = 100_000;

    private ModelBenchmark() {
    }

    static void run() {
        try {
            Path dir = Files.createTempDirectory("lightwork-bench");
            TransceiverDesign design = generate(TARGET_ELEMENTS);
            int elements = count(design);
            Path xmi = dir.resolve("big.lightwork");
            DesignFiles.save(design, xmi);
            Path bin = dir.resolve("big.lightworkbin");
            saveBinary(EcoreUtil.copy(design), bin);
            System.out.printf("model: %,d elements, XMI %,d bytes, binary %,d bytes%n", elements, Files.size(xmi), Files.size(bin));

            report("save XMI (tuned, atomic)  ", Benchmarks.time(2, 5, i -> {
                saveQuietly(design, dir.resolve("save" + i + ".lightwork"));
                return design;
            }));
            // EMF's defaults resolve each id reference by scanning the resource: quadratic. Shown on smaller
            // models (at 100k elements it runs for many minutes).
            for (int small : new int[] {2_500, 5_000, 10_000}) {
                Path smallFile = dir.resolve("small" + small + ".lightwork");
                DesignFiles.save(generate(small), smallFile);
                report(String.format("load XMI default, %,6d el", small), Benchmarks.time(1, 3, i -> loadDefault(smallFile)));
                report(String.format("load XMI tuned,   %,6d el", small), Benchmarks.time(1, 3, i -> loadTuned(smallFile)));
            }
            report("load XMI tuned (DesignFiles)", Benchmarks.time(2, 5, i -> loadTuned(xmi)));
            report("load binary resource      ", Benchmarks.time(2, 5, i -> loadBinary(bin)));
            try (var files = Files.list(dir)) {
                files.forEach(p -> p.toFile().delete());
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void report(String what, double[] ms) {
        System.out.println("  " + what + "  " + Benchmarks.summary(ms));
    }

    /** A CPO-like design: lanes with their own laser, driver, detector and TIA, sharing DSPs and channels. */
    static TransceiverDesign generate(int elements) {
        LightworkFactory f = LightworkFactory.eINSTANCE;
        TransceiverDesign d = f.createTransceiverDesign();
        d.setId("bench");
        d.setName("generated benchmark design");
        d.setHostInterface(f.createHostInterface());
        int lanes = elements / 5;
        Dsp dsp = null;
        Channel ch = null;
        for (int i = 0; i < lanes; i++) {
            if (i % 8 == 0) {
                dsp = f.createDsp();
                dsp.setId("dsp" + i);
                dsp.setPowerMw(4000.0);
                d.getComponents().add(dsp);
                ch = f.createChannel();
                ch.setId("ch" + i);
                ch.setLengthM(500.0);
                ch.setAttenuationDbPerKm(0.5);
                d.getChannels().add(ch);
            }
            Lane lane = f.createLane();
            lane.setId("lane" + i);
            lane.setIndex(i);
            var laser = f.createLaser();
            laser.setId("las" + i);
            laser.setOutputPowerDbm(1.0 + (i % 10) * 0.1);
            laser.setWavelengthNm(1311.0);
            var driver = f.createDriver();
            driver.setId("drv" + i);
            driver.setPowerMw(150.0);
            var pd = f.createPhotodetector();
            pd.setId("pd" + i);
            pd.setResponsivityAPerW(0.8);
            var tia = f.createTia();
            tia.setId("tia" + i);
            tia.setInputNoisePaPerRtHz(18.0);
            d.getComponents().add(laser);
            d.getComponents().add(driver);
            d.getComponents().add(pd);
            d.getComponents().add(tia);
            lane.setDsp(dsp);
            lane.setLaser(laser);
            lane.setDriver(driver);
            lane.setPhotodetector(pd);
            lane.setTia(tia);
            lane.setChannel(ch);
            d.getLanes().add(lane);
        }
        return d;
    }

    static int count(TransceiverDesign d) {
        int[] n = {1};
        d.eAllContents().forEachRemaining(o -> n[0]++);
        return n[0];
    }

    private static void saveQuietly(TransceiverDesign d, Path file) {
        try {
            DesignFiles.save(d, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object loadDefault(Path file) {
        ResourceSet set = DesignFiles.newResourceSet();
        Resource r = set.createResource(URI.createFileURI(file.toString()));
        try {
            r.load(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return check(r);
    }

    private static Object loadTuned(Path file) {
        try {
            return check(DesignFiles.loadResource(file, DesignFiles.newResourceSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void saveBinary(TransceiverDesign d, Path file) throws IOException {
        Resource r = new BinaryResourceImpl(URI.createFileURI(file.toString()));
        r.getContents().add(d);
        Map<Object, Object> options = new HashMap<>();
        r.save(options);
    }

    private static Object loadBinary(Path file) {
        Resource r = new BinaryResourceImpl(URI.createFileURI(file.toString()));
        DesignFiles.newResourceSet().getResources().add(r);
        try {
            r.load(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return check(r);
    }

    private static Object check(Resource r) {
        TransceiverDesign d = (TransceiverDesign) r.getContents().get(0);
        if (d.getLanes().isEmpty() || d.getLanes().get(0).getLaser() == null) {
            throw new IllegalStateException("benchmark model did not load completely");
        }
        return d;
    }
}
