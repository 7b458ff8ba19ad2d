package io.spinsim.physics.fft;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every task of a pass runs once, with a workspace no other running task holds, and the workspaces are reused from one
 * pass to the next: no more are made than tasks ran at once (the common pool's workers and the caller). A workspace
 * shared by two running tasks would show as a clash (held twice, or its content changed under a task).
 */
class WorkspacesTest {

    @Test
    void eachRunningTaskHoldsItsOwnWorkspaceAndPassesReuseThem() {
        Workspaces<int[]> workspaces = new Workspaces<>(() -> new int[1]);
        Set<int[]> busy = ConcurrentHashMap.newKeySet();
        Set<int[]> seen = ConcurrentHashMap.newKeySet();
        AtomicIntegerArray runs = new AtomicIntegerArray(300);
        AtomicInteger clashes = new AtomicInteger();
        Workspaces.Task<int[]> task = (w, i) -> {
            if (!busy.add(w)) {
                clashes.incrementAndGet();
            }
            seen.add(w);
            w[0] = i;
            for (int spin = 0; spin < 1000; spin++) {
                Thread.onSpinWait();
            }
            if (w[0] != i) {
                clashes.incrementAndGet();
            }
            busy.remove(w);
        };
        for (int pass = 0; pass < 5; pass++) {
            workspaces.forEach(100, (w, i) -> {
                task.run(w, i);
                runs.incrementAndGet(i);
            }, 200, (w, i) -> {
                task.run(w, 100 + i);
                runs.incrementAndGet(100 + i);
            });
            workspaces.forEach(300, (w, i) -> runs.incrementAndGet(i));
        }
        for (int i = 0; i < 300; i++) {
            assertThat(runs.get(i)).as("task %d", i).isEqualTo(10);
        }
        assertThat(clashes.get()).isZero();
        assertThat(seen).isNotEmpty();
        assertThat(workspaces.made()).as("workspaces made, against the threads that ran tasks")
                .isBetween(seen.size(), ForkJoinPool.getCommonPoolParallelism() + 1);
    }
}
