package org.speclab.app.registers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.speclab.engine.kernel.Cache;
import org.speclab.engine.kernel.FileRef;
import org.speclab.engine.run.ReaderLoads.Local;
import org.speclab.engine.step.ReaderRegs;

/** The inode register says what the load found: an inode, NULL from a cleared slot, or garbage through a torn pointer. */
class RegistersTextTest {
    private static final ReaderRegs READER = ReaderRegs.at(0x401100);

    @Test
    void anInodeIsNamedBySlot() {
        assertThat(RegistersViewModel.text(Local.INODE, READER.withFile(new FileRef(Cache.FILP, 0), 1).withInode(1, 1), null)).isEqualTo("inode[1]");
    }

    @Test
    void aReusedSlotWhoseFInodeInitFileClearedReadsNull() {
        // init_file() sets f_inode = NULL before do_dentry_open(): a reader in between loads NULL, not "inode[-1]"
        assertThat(RegistersViewModel.text(Local.INODE, READER.withFile(new FileRef(Cache.FILP, 0), 2).withInode(-1, 0), null)).isEqualTo("NULL");
    }

    @Test
    void aLoadThroughATornPointerReadsGarbage() {
        assertThat(RegistersViewModel.text(Local.INODE, READER.withFile(FileRef.WILD, 0).withInode(-1, 0), null)).isEqualTo("garbage");
    }
}
