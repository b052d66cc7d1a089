# nbgrader reads only this file name; the course's one configuration is course_config.py.
__import__("runpy").run_path(__file__.replace("nbgrader_config.py", "course_config.py"))[
    "configure_nbgrader"
](c)  # noqa: F821
