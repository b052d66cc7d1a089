"""The course's single configuration.

nbgrader only reads ``nbgrader_config.py``; that file is a one-line shim calling
:func:`configure_nbgrader` below. The course CLI (``dlcourse``) loads this file too, so
lesson list, limits and nbgrader settings cannot disagree. Points live where nbgrader keeps
them: in each test cell's metadata.
"""

COURSE_ID = "dl-course"

#: The 42 lessons of the curriculum, in order (the seed's file stems). A lesson is
#: available once ``source/<stem>/<stem>.ipynb`` exists.
LESSONS = [
    "01_Tensors_and_Autograd",
    "02_Neural_Network_Basics",
    "03_Backpropagation",
    "04_Training_Techniques",
    "05_Impl_Linear_Logistic",
    "06_Impl_MLP",
    "07_CNN_Basics",
    "08_CNN_Advanced",
    "09_Transfer_Learning",
    "10_Impl_CNN_LeNet",
    "11_Impl_VGG",
    "12_Impl_ResNet",
    "13_RNN_Basics",
    "14_LSTM_GRU",
    "15_Impl_LSTM_GRU",
    "16_Attention_Transformer",
    "17_Attention_Deep_Dive",
    "18_Impl_Transformer",
    "19_Impl_BERT",
    "20_Impl_GPT",
    "21_Vision_Transformer",
    "22_Impl_ViT",
    "23_Training_Optimization",
    "24_Loss_Functions",
    "25_Optimizers",
    "26_Normalization_Layers",
    "27_TensorBoard",
    "28_Generative_Models_GAN",
    "29_Impl_GAN",
    "30_Generative_Models_VAE",
    "31_Impl_VAE",
    "32_Diffusion_Models",
    "33_Impl_Diffusion",
    "34_CLIP_Multimodal",
    "35_Impl_CLIP",
    "36_Self_Supervised_Learning",
    "37_Modern_Architectures",
    "38_Object_Detection",
    "39_Practical_Image_Classification",
    "40_Practical_Text_Classification",
    "41_Model_Saving_Deployment",
    "42_Reinforcement_Learning_Intro",
]

# Limits for running a submission.
CELL_TIMEOUT_S = 120  # one cell; an infinite loop costs this much, then the cell fails
NOTEBOOK_TIMEOUT_S = 600  # one whole notebook under autograde or self-check
GRADING_WORKERS = 0  # parallel autograde workers; 0 = one per core
# Each grading kernel's sandbox (dlcourse/instructor/sandbox.py): cgroup limits (threads
# count as pids), largest file it may write; its CPU time is bounded by NOTEBOOK_TIMEOUT_S.
MEMORY_LIMIT_MB = 3072
PIDS_LIMIT = 256
FILE_SIZE_LIMIT_MB = 256

#: Environment of every grading kernel (nbgrader, otter, self-check and the test suite):
#: the course's grading-mode flag shrinks long training; one thread per kernel, so that
#: parallel workers do not oversubscribe the cores.
GRADING_ENV = {"DLCOURSE_GRADING": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "MPLBACKEND": "Agg"}

#: What nbgrader leaves in a solution region of the student's notebook.
CODE_STUB = "# 여기에 코드를 작성하세요\nraise NotImplementedError()"


def configure_nbgrader(c) -> None:
    """Apply the course's settings to nbgrader's traitlets config object ``c``."""
    c.CourseDirectory.course_id = COURSE_ID
    c.CourseDirectory.source_directory = "source"
    c.CourseDirectory.release_directory = "release"
    c.CourseDirectory.submitted_directory = "submitted"
    c.CourseDirectory.autograded_directory = "autograded"
    c.CourseDirectory.feedback_directory = "feedback"
    c.ClearSolutions.code_stub = {"python": CODE_STUB}
    c.ClearSolutions.text_stub = "여기에 답을 작성하세요."
    c.Execute.timeout = CELL_TIMEOUT_S
    c.Execute.interrupt_on_timeout = True
    # Autograde: student cells that tamper with the checks do not run; the course's executor
    # survives dead kernels and bounds the whole notebook.
    c.SafeExecute.notebook_timeout = NOTEBOOK_TIMEOUT_S
    c.Autograde.autograde_preprocessors = [
        "dlcourse.instructor.integrity.GuardStudentCells",
        "dlcourse.instructor.execute.SafeExecute",
        "nbgrader.preprocessors.IgnorePattern",
        "nbconvert.preprocessors.ClearMetadataPreprocessor",
        "nbgrader.preprocessors.LimitOutput",
        "nbgrader.preprocessors.SaveAutoGrades",
        "nbgrader.preprocessors.AssignLatePenalties",
        "nbgrader.preprocessors.CheckCellMetadata",
    ]
    c.ClearOutput.remove_metadata_fields = ["collapsed", "scrolled", "execution"]
    # Feedback never shows hidden tests: strip them (and their tracebacks) before rendering.
    c.GenerateFeedback.preprocessors = [
        "nbgrader.preprocessors.GetGrades",
        "dlcourse.instructor.feedback.StripHiddenTests",
        "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
    ]
