"Install rxrx_kernels from settings.ini (nbdev's single source of package metadata)."
from configparser import ConfigParser
from pathlib import Path
import shutil
import setuptools
from setuptools.command.build_py import build_py

here = Path(__file__).parent
cfg = ConfigParser(delimiters=['='])
cfg.read(here/'settings.ini', encoding='utf-8')
cfg = cfg['DEFAULT']

class BuildWithStages(build_py):
    "Ship the stage notebooks and the setting presets (nbs/stages, nbs/presets) inside the package as `rxrx_kernels/stages`, `rxrx_kernels/presets`."
    def run(self):
        super().run()
        for folder, pattern in (('stages', '*.ipynb'), ('presets', '*.yaml')):
            dest = Path(self.build_lib)/cfg['lib_name']/folder
            dest.mkdir(parents=True, exist_ok=True)
            for f in sorted((here/'nbs'/folder).glob(pattern)): shutil.copy2(f, dest/f.name)

setuptools.setup(
    name=cfg['lib_name'], version=cfg['version'], description=cfg['description'],
    long_description=(here/'README.md').read_text(encoding='utf-8'), long_description_content_type='text/markdown',
    author=cfg['author'], author_email=cfg['author_email'], url=cfg['git_url'], license='Apache-2.0',
    keywords=cfg['keywords'].split(), python_requires=f">={cfg['min_python']}",
    packages=setuptools.find_packages(include=[cfg['lib_name'], f"{cfg['lib_name']}.*"]),
    install_requires=cfg['requirements'].split(),
    extras_require={'ml': cfg['ml_requirements'].split(), 'dev': cfg['dev_requirements'].split()},
    entry_points={'console_scripts': cfg['console_scripts'].split(), 'nbdev': [f"{cfg['lib_path']}={cfg['lib_path']}._modidx:d"]},
    cmdclass={'build_py': BuildWithStages}, include_package_data=True, zip_safe=False)
